"""The demo quizzes, written in Kyrgyz and translated into Russian and English: one on CEDAW basics
and one on inclusive dialogue. Only data here; every question asks about what the lessons in
demo/seed/courses_content.py teach.

A choice is (texts, is_right); for an ordering question the choices are the steps in the right
order."""

QUIZZES = [
    {
        "slug": "cedaw-basics",
        "course": "gender-cedaw",
        "lesson": "state-obligations",
        "required": True,
        "title": {
            "ky": "CEDAW негиздери боюнча тест",
            "ru": "Тест по основам CEDAW",
            "en": "CEDAW basics quiz",
        },
        "instructions": {
            "ky": "Бул тест «Гендер деген эмне?» жана «CEDAW конвенциясы» модулдарын камтыйт. "
            "Анда 6 суроо бар. Өтүү үчүн 70% упай топтошуңуз керек. Тестти канча жолу болсо да "
            "кайра тапшыра аласыз. Туура жооптор тесттен өткөндөн кийин көрсөтүлөт.",
            "ru": "Тест охватывает модули «Что такое гендер?» и «Конвенция CEDAW». В нём 6 "
            "вопросов. Чтобы пройти тест, наберите 70%. Пересдавать можно сколько угодно раз. "
            "Правильные ответы будут показаны, когда вы пройдёте тест.",
            "en": "This quiz covers the modules “What is gender?” and “The CEDAW Convention”. It "
            "has 6 questions. You need 70% to pass, and you can try as many times as you like. "
            "The right answers are shown once you pass.",
        },
        "rules": {
            "pass_mark": 70,
            "max_attempts": None,
            "time_limit": None,
            "show_answers": "after_pass",
            "shuffle_choices": True,
            "one_per_page": False,
        },
        "bank": {
            "ky": "CEDAW негиздери боюнча суроолор",
            "ru": "Вопросы по основам CEDAW",
            "en": "CEDAW basics questions",
        },
        "questions": [
            {
                "kind": "single",
                "text": {
                    "ky": "Мамлекеттик мекеменин өз эрежесинде «бул кызматка аялдар "
                    "дайындалбайт» деп жазылган. Мамлекет кайсы милдетин бузуп жатат?",
                    "ru": "В положении государственного учреждения записано: «на эту должность "
                    "женщины не назначаются». Какое обязательство нарушает государство?",
                    "en": "A government office's own regulation says: “women are not appointed "
                    "to this post”. Which obligation is the state breaking?",
                },
                "choices": [
                    ({"ky": "Урматтоо", "ru": "Уважать", "en": "Respect"}, True),
                    ({"ky": "Коргоо", "ru": "Защищать", "en": "Protect"}, False),
                    ({"ky": "Аткаруу", "ru": "Обеспечивать", "en": "Fulfil"}, False),
                    (
                        {
                            "ky": "Эч бирин бузбайт — бул жөн гана ички эреже",
                            "ru": "Никакое — это просто внутреннее правило",
                            "en": "None — it is only an internal rule",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Бул жерде аялдарды мамлекеттин өз органы басмырлап жатат.",
                    "ru": "Верно! Здесь женщин дискриминирует сам государственный орган.",
                    "en": "Right! Here it is a state body itself that discriminates against women.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Ойлонуп көрүңүз: бул эрежени ким жазган — башка бирөөбү "
                    "же мамлекеттин өз органыбы?",
                    "ru": "Неверно. Подумайте, кто написал это правило: кто-то посторонний или "
                    "сам государственный орган?",
                    "en": "Not quite. Think about who wrote the rule: someone else, or a state "
                    "body itself?",
                },
                "explanation": {
                    "ky": "«Урматтоо» милдети боюнча мамлекет өзү аялдарды басмырлабашы керек — "
                    "мыйзамдарында да, органдарынын ишинде да. «Коргоо» башкалардын "
                    "басмырлоосуна, «аткаруу» программаларга, бюджетке жана кызматтарга "
                    "тиешелүү.",
                    "ru": "По обязательству «уважать» государство само не должно "
                    "дискриминировать женщин — ни в законах, ни в работе своих органов. "
                    "«Защищать» касается дискриминации со стороны других, «обеспечивать» — "
                    "программ, бюджета и услуг.",
                    "en": "Under the duty to respect, the state itself must not discriminate "
                    "against women, in its laws or in the work of its bodies. Protect is about "
                    "discrimination by others; fulfil is about programmes, budget and services.",
                },
            },
            {
                "kind": "multiple",
                "partial_credit": True,
                "text": {
                    "ky": "CEDAW конвенциясынын кайсы беренелери туура көрсөтүлгөн? Бардык "
                    "туура жоопторду белгилеңиз.",
                    "ru": "Какие статьи Конвенции CEDAW указаны верно? Отметьте все правильные "
                    "ответы.",
                    "en": "Which CEDAW articles are matched with the right topic? Tick all the "
                    "right answers.",
                },
                "choices": [
                    (
                        {
                            "ky": "7-берене — саясий жана коомдук турмушка катышуу",
                            "ru": "Статья 7 — участие в политической и общественной жизни",
                            "en": "Article 7 — political and public life",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "14-берене — айыл аялдары",
                            "ru": "Статья 14 — сельские женщины",
                            "en": "Article 14 — rural women",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "11-берене — нике жана үй-бүлө",
                            "ru": "Статья 11 — брак и семья",
                            "en": "Article 11 — marriage and family",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "16-берене — эмгек",
                            "ru": "Статья 16 — труд",
                            "en": "Article 16 — employment",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Сиз беренелерди жакшы эстеп калыпсыз.",
                    "ru": "Верно! Вы хорошо запомнили статьи.",
                    "en": "Right! You remember the articles well.",
                },
                "feedback_wrong": {
                    "ky": "Толук туура эмес. Эки берененин темалары алмашып калган — "
                    "дептериңизге жазган тизмени карап көрүңүз.",
                    "ru": "Не совсем. У двух статей темы перепутаны — сверьтесь со списком, "
                    "который вы выписали в тетрадь.",
                    "en": "Not quite. Two of the articles have their topics swapped — check the "
                    "list you wrote down.",
                },
                "explanation": {
                    "ky": "«CEDAW деген эмне?» сабагында: 5-берене — зыяндуу стереотиптерди "
                    "жоюу, 7-берене — саясий жана коомдук турмушка катышуу, 11-берене — эмгек, "
                    "14-берене — айыл аялдары, 16-берене — нике жана үй-бүлө.",
                    "ru": "Из урока «Что такое CEDAW?»: статья 5 — искоренение вредных "
                    "стереотипов, статья 7 — участие в политической и общественной жизни, "
                    "статья 11 — труд, статья 14 — сельские женщины, статья 16 — брак и семья.",
                    "en": "From the lesson “What is CEDAW?”: Article 5, ending harmful "
                    "stereotypes; Article 7, political and public life; Article 11, "
                    "employment; Article 14, rural women; Article 16, marriage and family.",
                },
            },
            {
                "kind": "true_false",
                "statement_is_true": False,
                "text": {
                    "ky": "Гендердик ролдорду биология аныктайт, ошондуктан алар эч качан "
                    "өзгөрбөйт.",
                    "ru": "Гендерные роли задаёт биология, поэтому они никогда не меняются.",
                    "en": "Gender roles are set by biology, so they never change.",
                },
                "feedback_right": {
                    "ky": "Туура! Бул пикир жыныс менен гендерди аралаштырып жатат.",
                    "ru": "Верно! Это утверждение путает пол и гендер.",
                    "en": "Right! This statement mixes up sex and gender.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Жыныс менен гендердин айырмасын эстеңиз: кайсынысы "
                    "төрөлгөндө эле белгилүү болот, кайсынысын коом аныктайт?",
                    "ru": "Неверно. Вспомните разницу между полом и гендером: что известно с "
                    "рождения, а что задаёт общество?",
                    "en": "Not quite. Recall the difference between sex and gender: which is "
                    "known at birth, and which does society set?",
                },
                "explanation": {
                    "ky": "Гендердик ролдорду биология эмес, коом аныктайт, ошондуктан алар "
                    "убакыт өткөн сайын өзгөрөт жана жерден жерге айырмаланат. Мурда унаа "
                    "айдаган аял айылды таң калтырчу, бүгүн көп аялдар унаа айдашат.",
                    "ru": "Гендерные роли задаёт общество, а не биология, поэтому они меняются "
                    "со временем и различаются от места к месту. Раньше женщина за рулём "
                    "удивляла всё село, а сегодня многие женщины водят машину.",
                    "en": "Society, not biology, sets gender roles, so they change over time and "
                    "differ from place to place. A woman driving a car once surprised the whole "
                    "village; today many women drive.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "ky": "Айылдагы жыйындар дайыма кеч киргенде өтөт, ошондуктан балдарды "
                    "караган аялдар катыша албай калат. Эреже баарына бирдей. Бул эмне?",
                    "ru": "Собрания в селе всегда проходят поздно вечером, и женщины, которые "
                    "смотрят за детьми, не могут прийти. Правило одно для всех. Что это?",
                    "en": "Village meetings are always held late in the evening, so women who "
                    "look after children cannot attend. The rule is the same for everyone. "
                    "What is this?",
                },
                "choices": [
                    (
                        {
                            "ky": "Кыйыр басмырлоо",
                            "ru": "Косвенная дискриминация",
                            "en": "Indirect discrimination",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "Түз басмырлоо",
                            "ru": "Прямая дискриминация",
                            "en": "Direct discrimination",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Гендердик стереотип",
                            "ru": "Гендерный стереотип",
                            "en": "A gender stereotype",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Басмырлоо эмес, анткени эреже баарына бирдей",
                            "ru": "Не дискриминация, ведь правило одно для всех",
                            "en": "Not discrimination, because the rule is the same for everyone",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Эреже бейтарап көрүнөт, бирок иш жүзүндө аялдарга тоскоол болот.",
                    "ru": "Верно! Правило выглядит нейтральным, но на деле мешает женщинам.",
                    "en": "Right! The rule looks neutral, but in effect it keeps women out.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Эч ким «аялдар келбесин» деп ачык айткан жок, бирок "
                    "натыйжасын караңыз: ким катыша албай калды?",
                    "ru": "Неверно. Никто открыто не говорил «женщинам не приходить», но "
                    "посмотрите на результат: кто не смог прийти?",
                    "en": "Not quite. Nobody openly said “women must not come”, but look at the "
                    "effect: who was left out?",
                },
                "explanation": {
                    "ky": "Кыйыр басмырлоо бейтарап көрүнгөн эрежеден келип чыгат. Басмырлоо "
                    "атайылап жасалбаса да, анын натыйжасы эсепке алынат, ошондуктан ар бир "
                    "эрежени «бул кимге тоскоол болот?» деп текшериңиз.",
                    "ru": "Косвенная дискриминация возникает из правила, которое выглядит "
                    "нейтральным. Дискриминация бывает и без умысла: значение имеет результат, "
                    "поэтому проверяйте каждое правило вопросом «Кому оно мешает?».",
                    "en": "Indirect discrimination comes from a rule that looks neutral. It need "
                    "not be intended: its effect is what counts, so test every rule with the "
                    "question “Whom does it hold back?”",
                },
            },
            {
                "kind": "short",
                "accepted": {
                    "ky": ["1996", "1996-жылы", "1996-жыл"],
                    "ru": ["1996", "1996 год", "в 1996 году"],
                    "en": ["1996", "in 1996"],
                },
                "text": {
                    "ky": "Кыргызстан CEDAW конвенциясын кайсы жылы ратификациялаган? Жылды сан "
                    "менен жазыңыз.",
                    "ru": "В каком году Кыргызстан ратифицировал Конвенцию CEDAW? Напишите год "
                    "цифрами.",
                    "en": "In what year did Kyrgyzstan ratify CEDAW? Write the year in figures.",
                },
                "feedback_right": {
                    "ky": "Туура! Ошол жылдан бери Кыргызстан Конвенциянын талаптарын аткарууга "
                    "милдеттүү.",
                    "ru": "Верно! С тех пор Кыргызстан обязан выполнять требования Конвенции.",
                    "en": "Right! Since then Kyrgyzstan has been bound to meet the Convention's "
                    "requirements.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Эки датаны аралаштырбаңыз: БУУ Конвенцияны кабыл алган "
                    "жыл менен Кыргызстан аны ратификациялаган жыл башка-башка.",
                    "ru": "Неверно. Не путайте две даты: год, когда ООН приняла Конвенцию, и "
                    "год, когда Кыргызстан её ратифицировал, — разные.",
                    "en": "Not quite. Don't mix up two dates: the year the UN adopted the "
                    "Convention and the year Kyrgyzstan ratified it are different.",
                },
                "explanation": {
                    "ky": "БУУнун Башкы Ассамблеясы CEDAW конвенциясын 1979-жылы кабыл алган, "
                    "Кыргызстан аны 1996-жылы ратификациялаган. Демек, мамлекет анын "
                    "талаптарын аткарууга укуктук милдеттенме алган.",
                    "ru": "Генеральная Ассамблея ООН приняла CEDAW в 1979 году, а Кыргызстан "
                    "ратифицировал её в 1996 году. Значит, государство приняло на себя "
                    "правовое обязательство выполнять её требования.",
                    "en": "The UN General Assembly adopted CEDAW in 1979, and Kyrgyzstan "
                    "ratified it in 1996. This means the state took on a legal obligation to "
                    "meet its requirements.",
                },
            },
            {
                "kind": "ordering",
                "text": {
                    "ky": "Комитеттин 19- жана 35-жалпы сунуштарына ылайык, мамлекет гендердик "
                    "зомбулукка каршы аракет көрүшү керек. Бул аракеттерди туура тартипке "
                    "коюңуз.",
                    "ru": "По общим рекомендациям Комитета № 19 и № 35 государство должно "
                    "противодействовать гендерному насилию. Расставьте эти действия в "
                    "правильном порядке.",
                    "en": "Under the Committee's General Recommendations 19 and 35, the state "
                    "must act against gender-based violence. Put these actions in the right "
                    "order.",
                },
                "choices": [
                    (
                        {
                            "ky": "Зомбулукту алдын алуу",
                            "ru": "Предотвращать насилие",
                            "en": "Prevent violence",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Зомбулук болгон учурларды иликтөө",
                            "ru": "Расследовать случаи насилия",
                            "en": "Investigate cases of violence",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Күнөөлүүлөрдү жазалоо",
                            "ru": "Наказывать виновных",
                            "en": "Punish those responsible",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Мамлекет зомбулук боло электе да, болгондон кийин да аракет "
                    "кылышы керек.",
                    "ru": "Верно! Государство должно действовать и до того, как насилие "
                    "случилось, и после.",
                    "en": "Right! The state must act both before violence happens and after.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Ойлонуп көрүңүз: кайсы аракет зомбулук боло электе "
                    "жасалат, жана жазалоодон мурун эмне болушу керек?",
                    "ru": "Неверно. Подумайте: что делается ещё до насилия и что должно "
                    "произойти, прежде чем кого-то наказать?",
                    "en": "Not quite. Think: which action comes before any violence, and what "
                    "has to happen before anyone is punished?",
                },
                "explanation": {
                    "ky": "Мамлекет гендердик зомбулукту алдын алуу, иликтөө жана жазалоо үчүн "
                    "тийиштүү аракет көрүүгө милдеттүү. Бул милдет жергиликтүү өз алдынча "
                    "башкарууга, мектептерге, ооруканаларга жана милицияга да тиешелүү.",
                    "ru": "Государство обязано проявлять должную осмотрительность: "
                    "предотвращать, расследовать и наказывать гендерное насилие. Это касается "
                    "и местного самоуправления, школ, больниц и милиции.",
                    "en": "The state must act with due diligence to prevent, investigate and "
                    "punish gender-based violence. This binds local self-government, schools, "
                    "hospitals and the police too.",
                },
            },
        ],
    },
    {
        "slug": "inclusive-dialogue-check",
        "course": "inclusive-dialogue",
        "lesson": "rules-and-methods",
        "required": True,
        "title": {
            "ky": "Инклюзивдүү диалог: өзүңүздү текшериңиз",
            "ru": "Инклюзивный диалог: проверьте себя",
            "en": "Inclusive dialogue: check yourself",
        },
        "instructions": {
            "ky": "Бул тест «Кимдин үнү угулбай калат?» сабагынан «Эрежелер жана ыкмалар» "
            "сабагына чейинки темаларды камтыйт. Анда 5 суроо бар, убакыт — 10 мүнөт. Ар бир "
            "бетте бир суроо чыгат. Өтүү үчүн 60% упай топтошуңуз керек; тестти 3 жолу "
            "тапшырсаңыз болот. Ар бир аракеттен кийин туура жоопторду көрө аласыз.",
            "ru": "Тест охватывает уроки от «Чьи голоса не слышны?» до «Правила и методы». В нём "
            "5 вопросов, на них даётся 10 минут. На каждой странице — один вопрос. Чтобы пройти "
            "тест, наберите 60%; у вас 3 попытки. После каждой попытки вы увидите правильные "
            "ответы.",
            "en": "This quiz covers the lessons from “Whose voices go unheard?” to “Rules and "
            "methods”. It has 5 questions and a 10-minute time limit, with one question on each "
            "page. You need 60% to pass, and you have 3 attempts. You will see the right answers "
            "after each attempt.",
        },
        "rules": {
            "pass_mark": 60,
            "max_attempts": 3,
            "time_limit": 10,
            "show_answers": "after_attempt",
            "shuffle_choices": True,
            "one_per_page": True,
        },
        "bank": {
            "ky": "Инклюзивдүү диалог боюнча суроолор",
            "ru": "Вопросы по инклюзивному диалогу",
            "en": "Inclusive dialogue questions",
        },
        "questions": [
            {
                "kind": "single",
                "text": {
                    "ky": "Жыйын тууралуу жарыя алыскы конуштардагы аялдарга жетпей жатат. "
                    "Сабакта эмне кылуу сунушталат?",
                    "ru": "Объявление о собрании не доходит до женщин с дальних участков. Что "
                    "советует урок?",
                    "en": "The notice about a meeting does not reach women in outlying hamlets. "
                    "What does the lesson advise?",
                },
                "choices": [
                    (
                        {
                            "ky": "Аларга ишенген адамдар аркылуу кайрылуу: фельдшер, мугалим, "
                            "аялдар кеңеши",
                            "ru": "Обратиться к ним через людей, которым они доверяют: "
                            "фельдшера, учителя, женсовет",
                            "en": "Reach them through people they trust: the village nurse, a "
                            "teacher, the women's council",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "Айыл өкмөтүнүн имаратына дагы бир жарыя илүү",
                            "ru": "Повесить ещё одно объявление у здания айыл окмоту",
                            "en": "Put up another notice at the aiyl okmotu building",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Жыйынды өткөрө берүү: келгиси келгендер өзү келет",
                            "ru": "Всё равно провести собрание: кто захочет, тот придёт",
                            "en": "Hold the meeting anyway: those who want to come will come",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Алардын атынан аксакалдарды сүйлөтүү",
                            "ru": "Попросить аксакалов выступить от их имени",
                            "en": "Ask the elders to speak on their behalf",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Жарыя жетпеген жерге аялдар ишенген адамдар жете алат.",
                    "ru": "Верно! Туда, куда не доходит объявление, могут дойти люди, которым "
                    "женщины доверяют.",
                    "en": "Right! People the women trust can reach them where a notice cannot.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Дагы бир жарыя бул аялдарга деле жетпейт, ал эми "
                    "аксакалдардын сөзү алардын өз үнүн алмаштырбайт. Аялдарга ким жакын "
                    "экенин ойлонуңуз.",
                    "ru": "Неверно. Ещё одно объявление до этих женщин тоже не дойдёт, а слово "
                    "аксакалов не заменит их собственный голос. Подумайте, кто к ним ближе.",
                    "en": "Not quite. Another notice will not reach these women either, and the "
                    "elders cannot replace their own voice. Think about who is close to them.",
                },
                "explanation": {
                    "ky": "Алыскы конуштардагы аялдарга ишенимдүү адамдар аркылуу кайрылыңыз: "
                    "фельдшер, мугалим, аялдар кеңеши, жергиликтүү коомдук уюм. Убакытты жана "
                    "жерди аялдар менен бирге тандаңыз, балдар үчүн бурч уюштуруңуз.",
                    "ru": "До женщин с дальних участков доходят через людей, которым они "
                    "доверяют: фельдшера, учителя, женсовет, местную общественную организацию. "
                    "Время и место выбирайте вместе с женщинами, устройте уголок для детей.",
                    "en": "Reach women in outlying hamlets through people they trust: the "
                    "village nurse, a teacher, the women's council, a local NGO. Choose the "
                    "time and place with the women, and set up a children's corner.",
                },
            },
            {
                "kind": "multiple",
                "partial_credit": True,
                "text": {
                    "ky": "Булардын кайсылары «зыян келтирбөө» принцибине туура келет? Бардык "
                    "туура жоопторду белгилеңиз.",
                    "ru": "Что из этого соответствует принципу «не навреди»? Отметьте все "
                    "правильные ответы.",
                    "en": "Which of these follow the “do no harm” principle? Tick all the right "
                    "answers.",
                },
                "choices": [
                    (
                        {
                            "ky": "Катышуу ыктыярдуу",
                            "ru": "Участие добровольное",
                            "en": "Taking part is voluntary",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "Аты-жөнү катышуучунун макулдугу менен гана жазылат",
                            "ru": "Имена записываются только с согласия человека",
                            "en": "Names are recorded only with the person's consent",
                        },
                        True,
                    ),
                    (
                        {
                            "ky": "Жыйын ачык болгондуктан, уруксат сурабай эле сүрөткө тартса "
                            "болот",
                            "ru": "Раз собрание открытое, фотографировать можно без разрешения",
                            "en": "As the meeting is public, photos can be taken without asking",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Айтылган жеке окуяларды аты-жөнү менен отчетко жазуу",
                            "ru": "Записать рассказанные личные истории в отчёт вместе с именами",
                            "en": "Put the personal stories told into the report, with names",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Мындай кадамдар катышуучуларды жыйындан кийинки кысымдан "
                    "коргойт.",
                    "ru": "Верно! Такие шаги защищают участниц от давления после собрания.",
                    "en": "Right! Steps like these protect participants from pressure after the "
                    "meeting.",
                },
                "feedback_wrong": {
                    "ky": "Толук туура эмес. Ар бир вариантты «бул катышуучуларга коркунуч "
                    "туудурбайбы?» деген суроо менен текшериңиз.",
                    "ru": "Не совсем. Проверьте каждый вариант вопросом: «Не создаёт ли это "
                    "опасности для участниц?»",
                    "en": "Not quite. Test each option with the question: “Could this put "
                    "participants at risk?”",
                },
                "explanation": {
                    "ky": "Иш жүзүндө зыян келтирбөө мындай болот: катышуу ыктыярдуу, аттар "
                    "макулдук менен гана жазылат, сүрөткө жана видеого тартуу үчүн ар бир "
                    "адамдан уруксат суралат, жеке окуялар бөлмөдөн сыртка чыкпайт.",
                    "ru": "На практике «не навреди» значит: участие добровольное, имена "
                    "записываются только с согласия, на фото- и видеосъёмку спрашивают "
                    "разрешения у каждого, личные истории не выходят за пределы комнаты.",
                    "en": "In practice, do no harm means: taking part is voluntary, names are "
                    "recorded only with consent, everyone is asked before photos or video are "
                    "taken, and personal stories do not leave the room.",
                },
            },
            {
                "kind": "true_false",
                "statement_is_true": False,
                "text": {
                    "ky": "Бардыгы бир бөлмөгө чогулса эле, диалог инклюзивдүү болуп калат.",
                    "ru": "Если все собрались в одной комнате, диалог уже инклюзивный.",
                    "en": "Once everyone is gathered in one room, the dialogue is inclusive.",
                },
                "feedback_right": {
                    "ky": "Туура! Келген адам унчукпай отурса, анын үнү дагы эле угулбай калат.",
                    "ru": "Верно! Если человек пришёл, но молчит, его голос по-прежнему не слышен.",
                    "en": "Right! Someone who comes but stays silent is still not heard.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Жыйынга келген аялдар көп учурда унчукпай отурушат. "
                    "Келүү менен угулуунун айырмасын ойлонуңуз.",
                    "ru": "Неверно. Женщины, которые приходят на собрание, часто молчат. "
                    "Подумайте, чем «прийти» отличается от «быть услышанной».",
                    "en": "Not quite. Women who do come to meetings often stay silent. Think "
                    "about the difference between being there and being heard.",
                },
                "explanation": {
                    "ky": "Инклюзивдүү диалогдун максаты — бардыгын бир бөлмөгө чогултуу гана "
                    "эмес, ар бир адамдын сөзү угулуп, эсепке алынышы. Ал үчүн тоскоолдуктар "
                    "алдын ала таанылып, азайтылат.",
                    "ru": "Цель инклюзивного диалога — не просто собрать всех в одной комнате, "
                    "а чтобы слово каждого было услышано и учтено. Для этого барьеры заранее "
                    "учитывают и уменьшают.",
                    "en": "The aim of an inclusive dialogue is not just to get everyone into one "
                    "room, but for every person's words to be heard and counted. So it "
                    "recognises the barriers in advance and is planned to reduce them.",
                },
            },
            {
                "kind": "short",
                "accepted": {
                    "ky": ["13:00", "13.00", "13"],
                    "ru": ["13:00", "13.00", "13"],
                    "en": ["13:00", "13.00", "1 pm"],
                },
                "text": {
                    "ky": "Бишкекте саат 18:00 болгондо, кышында Варшавада саат канча болот? "
                    "Убакытты сан менен жазыңыз, мисалы: 10:00.",
                    "ru": "Когда в Бишкеке 18:00, сколько времени в Варшаве зимой? Напишите "
                    "время цифрами, например: 10:00.",
                    "en": "When it is 18:00 in Bishkek, what time is it in Warsaw in winter? "
                    "Write the time in figures, for example: 10:00.",
                },
                "feedback_right": {
                    "ky": "Туура! Ушундан улам чакырууда убакытты катышуучунун өз убакыт "
                    "алкагы боюнча жазуу керек.",
                    "ru": "Верно! Вот почему в приглашении время указывают в часовом поясе "
                    "участника.",
                    "en": "Right! That is why the invitation gives the time in each "
                    "participant's own time zone.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Варшавада саат Бишкектегиден бир нече саатка артта "
                    "турат, ал эми кышында айырма жайкыдан бир саат көп.",
                    "ru": "Неверно. В Варшаве часы отстают от бишкекских на несколько часов, "
                    "причём зимой разница на час больше, чем летом.",
                    "en": "Not quite. Warsaw is several hours behind Bishkek, and in winter the "
                    "gap is one hour bigger than in summer.",
                },
                "explanation": {
                    "ky": "Бишкекте 18:00 болгондо Варшавада кышында 13:00, жайында 14:00 "
                    "болот. Ошондуктан чакырууда убакытты катышуучунун өз убакыт алкагы боюнча "
                    "көрсөтүңүз.",
                    "ru": "Когда в Бишкеке 18:00, в Варшаве зимой 13:00, летом 14:00. Поэтому в "
                    "приглашении указывайте время в часовом поясе участника.",
                    "en": "When it is 18:00 in Bishkek, it is 13:00 in Warsaw in winter and "
                    "14:00 in summer. So give the time in each participant's own time zone in "
                    "the invitation.",
                },
            },
            {
                "kind": "ordering",
                "text": {
                    "ky": "Диалогду даярдоо жана өткөрүү кадамдарын туура тартипке коюңуз.",
                    "ru": "Расставьте шаги подготовки и проведения диалога в правильном порядке.",
                    "en": "Put the steps of preparing and running a dialogue in the right order.",
                },
                "choices": [
                    (
                        {
                            "ky": "Диалогго кимдер катышышы керек экенин аныктоо",
                            "ru": "Определить, кто должен участвовать в диалоге",
                            "en": "Decide who should take part in the dialogue",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Алыскы конуштардагы аялдарды алар ишенген адамдар аркылуу "
                            "чакыруу",
                            "ru": "Пригласить женщин с дальних участков через людей, которым "
                            "они доверяют",
                            "en": "Invite women from outlying hamlets through people they trust",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Катышуучулар менен топтун эрежелерин макулдашуу",
                            "ru": "Договориться с участниками о правилах группы",
                            "en": "Agree group rules with the participants",
                        },
                        False,
                    ),
                    (
                        {
                            "ky": "Бардыгы сүйлөй алышы үчүн айлампа же кичи топторду колдонуу",
                            "ru": "Использовать круг или малые группы, чтобы говорить могли все",
                            "en": "Use a round or small groups so that everyone can speak",
                        },
                        False,
                    ),
                ],
                "feedback_right": {
                    "ky": "Туура! Жакшы диалог чакыруудан көп мурун башталат.",
                    "ru": "Верно! Хороший диалог начинается задолго до приглашений.",
                    "en": "Right! A good dialogue starts well before the invitations go out.",
                },
                "feedback_wrong": {
                    "ky": "Туура эмес. Ойлонуп көрүңүз: кимди чакырарыңызды билбей туруп, "
                    "чакыра аласызбы? Топтун эрежелери талкуудан мурун макулдашылабы же "
                    "кийинби?",
                    "ru": "Неверно. Подумайте: можно ли приглашать, не решив, кого звать? И "
                    "правила группы согласуют до обсуждения или после?",
                    "en": "Not quite. Think: can you invite people before deciding whom to "
                    "invite? And are group rules agreed before the discussion or after?",
                },
                "explanation": {
                    "ky": "Адегенде ким катышышы керек экенин аныктап, ар бир топту кантип "
                    "чакырарыңызды ойлонуңуз. Диалогдун башында топтун эрежелерин "
                    "макулдашып, андан кийин бардыгы сүйлөй ала турган ыкмаларды колдонуңуз.",
                    "ru": "Сначала определите, кто должен участвовать, и продумайте, как "
                    "пригласить каждую группу. В начале диалога договоритесь о правилах "
                    "группы, а затем используйте методы, при которых могут говорить все.",
                    "en": "First decide who should take part and think how to invite each "
                    "group. At the start of the dialogue agree group rules, then use methods "
                    "that let everyone speak.",
                },
            },
        ],
    },
]
