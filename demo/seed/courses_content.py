"""The texts of the demo courses: Kyrgyz first, then Russian and English. Only data here;
demo/seed/courses.py builds the pages from it.

A lesson body is a list of (kind, {language: html}): kind is "text", "trainer_notes", or a callout
kind ("note", "important", "example")."""

CATALOGUE = {
    "slug": "courses",
    "title": {"ky": "Курстар", "ru": "Курсы", "en": "Courses"},
    "intro": {
        "ky": "<p>Бардык курстар акысыз. Курсту тандап, жазылыңыз жана өзүңүзгө ыңгайлуу убакта "
        "окуңуз — телефондон да болот.</p>",
        "ru": "<p>Все курсы бесплатны. Выберите курс, запишитесь и учитесь в удобное время — "
        "можно и с телефона.</p>",
        "en": "<p>All courses are free. Choose a course, enrol and learn when it suits you — "
        "on a phone, too.</p>",
    },
}

CEDAW = {
    "slug": "gender-cedaw",
    "title": {
        "ky": "Гендердик теңчиликтин негиздери жана CEDAW",
        "ru": "Основы гендерного равенства и CEDAW",
        "en": "Foundations of gender equality and CEDAW",
    },
    "summary": {
        "ky": "Гендер деген эмне, CEDAW конвенциясы мамлекетке кандай милдеттерди жүктөйт жана "
        "Кыргызстандын мыйзамдары аялдардын укуктарын кантип коргойт. Аял лидерлер, коомдук "
        "уюмдар жана мамлекеттик кызматкерлер үчүн.",
        "ru": "Что такое гендер, какие обязательства возлагает на государство Конвенция CEDAW и "
        "как законы Кыргызстана защищают права женщин. Для женщин-лидеров, общественных "
        "организаций и государственных служащих.",
        "en": "What gender means, what duties CEDAW places on the state, and how the laws of "
        "Kyrgyzstan protect women's rights. For women leaders, NGOs and public servants.",
    },
    "outcomes": {
        "ky": "<ul><li>Жыныс менен гендердин айырмасын түшүндүрүп, турмуштан мисал келтире "
        "аласыз.</li><li>CEDAW боюнча мамлекеттин негизги милдеттерин атай аласыз.</li>"
        "<li>CEDAW комитетине отчет берүүнүн тартибин жана жарандык коомдун ролун билесиз.</li>"
        "<li>Тең укуктар жана үй-бүлөлүк зомбулуктан коргоо жөнүндө мыйзамдарга таяна "
        "аласыз.</li></ul>",
        "ru": "<ul><li>Вы объясните разницу между полом и гендером на примерах из жизни.</li>"
        "<li>Назовёте основные обязательства государства по CEDAW.</li>"
        "<li>Будете знать, как государство отчитывается перед Комитетом CEDAW и какова в этом "
        "роль гражданского общества.</li><li>Сможете опираться на законы о равных правах и о "
        "защите от семейного насилия.</li></ul>",
        "en": "<ul><li>Explain the difference between sex and gender with everyday examples.</li>"
        "<li>Name the state's main obligations under CEDAW.</li>"
        "<li>Know how the state reports to the CEDAW Committee and what civil society can do."
        "</li><li>Use the laws on equal rights and on protection against domestic violence."
        "</li></ul>",
    },
    "hours": 12,
    "audience": ["women-leaders", "ngos", "public-administration"],
    "trainers": ["trainer@demo.tendik.kg"],
    "modules": [
        {
            "slug": "what-is-gender",
            "title": {
                "ky": "Гендер деген эмне?",
                "ru": "Что такое гендер?",
                "en": "What is gender?",
            },
            "summary": {
                "ky": "Жыныс менен гендердин айырмасы, стереотиптер жана басмырлоо.",
                "ru": "Пол и гендер, стереотипы и дискриминация.",
                "en": "Sex and gender, stereotypes and discrimination.",
            },
            "lessons": [
                {
                    "slug": "sex-and-gender",
                    "minutes": 20,
                    "title": {
                        "ky": "Жыныс жана гендер",
                        "ru": "Пол и гендер",
                        "en": "Sex and gender",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p><b>Жыныс</b> — адамдын биологиялык белгилери: алар "
                                "төрөлгөндө эле белгилүү болот жана дээрлик өзгөрбөйт. "
                                "<b>Гендер</b> "
                                "— коом аялдардан жана эркектерден эмнени күтөрү: ким акча табышы, "
                                "ким чечим кабыл алышы, ким үйдө балдарды карашы керек деген "
                                "түшүнүктөр.</p><p>Гендердик ролдорду биология эмес, коом "
                                "аныктайт, "
                                "ошондуктан алар убакыт өткөн сайын өзгөрөт жана жерден жерге "
                                "айырмаланат. Мурда айылда унаа айдаган аял элди таң калтырчу, "
                                "бүгүн "
                                "болсо көп аялдар унаа айдап, өз ишин жүргүзүшөт.</p><p>Гендерди "
                                "түшүнүү — эркектерге каршы чыгуу эмес. Бул аялдарга да, "
                                "эркектерге "
                                "да өз мүмкүнчүлүктөрүн толук колдонууга эмне тоскоол болуп "
                                "жатканын көрүү.</p>",
                                "ru": "<p><b>Пол</b> — биологические признаки человека: они "
                                "известны с рождения и почти не меняются. <b>Гендер</b> — то, чего "
                                "общество ожидает от женщин и мужчин: представления о том, кто "
                                "должен зарабатывать, кто принимает решения, кто сидит дома с "
                                "детьми.</p><p>Гендерные роли задаёт общество, а не биология, "
                                "поэтому они меняются со временем и различаются от места к месту. "
                                "Раньше женщина за рулём удивляла всё село, а сегодня многие "
                                "женщины водят машину и ведут своё дело.</p><p>Понимать гендер — "
                                "не "
                                "значит выступать против мужчин. Это значит видеть, что мешает и "
                                "женщинам, и мужчинам в полной мере использовать свои "
                                "возможности.</p>",
                                "en": "<p><b>Sex</b> is a person's biological characteristics: "
                                "known at birth and mostly unchanging. <b>Gender</b> is what "
                                "society expects of women and men: ideas about who should earn the "
                                "money, who makes decisions and who stays at home with the "
                                "children.</p><p>Society, not biology, sets gender roles, so they "
                                "change over time and differ from place to place. A woman driving "
                                "a "
                                "car once surprised the whole village; today many women drive and "
                                "run their own businesses.</p><p>Understanding gender is not about "
                                "being against men. It is about seeing what keeps both women and "
                                "men from using their full potential.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Өзүңүзгө суроо бериңиз: үй-бүлөңүздө же айылыңызда "
                                "кайсы иштер жөнүндө «бул аялдын иши эмес» же «бул эркектин иши "
                                "эмес» дешет? Ал ролдордун кайсынысы жыныстан, кайсынысы салттан "
                                "келип чыккан?</p>",
                                "ru": "<p>Спросите себя: о каких делах в вашей семье или селе "
                                "говорят «это не женское дело» или «это не мужское дело»? Какие из "
                                "этих ролей связаны с полом, а какие — с традицией?</p>",
                                "en": "<p>Ask yourself: which tasks in your family or village are "
                                "called “not a woman's job” or “not a man's job”? Which of these "
                                "roles come from sex, and which from tradition?</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "stereotypes-and-discrimination",
                    "minutes": 20,
                    "title": {
                        "ky": "Стереотиптер жана басмырлоо",
                        "ru": "Стереотипы и дискриминация",
                        "en": "Stereotypes and discrimination",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p><b>Гендердик стереотип</b> — аялдар же эркектер жөнүндө "
                                "бардыгына бирдей тагылган жөнөкөйлөтүлгөн пикир: «аялдар саясатка "
                                "жарабайт», «эркектер ыйлабайт». Стереотиптер тандоону чектейт: "
                                "кыз "
                                "инженер болгусу келет, бирок «бул кыздын кесиби эмес» деп "
                                "айнытышат.</p><p>CEDAW конвенциясынын 1-беренеси аялдарды "
                                "басмырлоону жынысы боюнча ар кандай айырмалоо, четтетүү же чектөө "
                                "деп аныктайт, эгерде анын максаты же натыйжасы аялдардын "
                                "укуктарын кемсинтсе. <b>Түз басмырлоо</b> ачык көрүнөт: «бул "
                                "кызматка аялдарды албайбыз». <b>Кыйыр басмырлоо</b> бейтарап "
                                "көрүнгөн эрежеден келип чыгат: жыйналыш дайыма кеч киргенде өтсө, "
                                "балдарды караган аялдар катыша албай калат.</p>",
                                "ru": "<p><b>Гендерный стереотип</b> — упрощённое мнение о "
                                "женщинах или мужчинах, которое приписывается всем: «женщины не "
                                "годятся для политики», «мужчины не плачут». Стереотипы сужают "
                                "выбор: девушка хочет стать инженером, а её отговаривают — «это не "
                                "женская профессия».</p><p>Статья 1 Конвенции CEDAW определяет "
                                "дискриминацию в отношении женщин как любое различие, исключение "
                                "или ограничение по признаку пола, которое имеет целью или "
                                "следствием ущемление прав женщин. <b>Прямая дискриминация</b> "
                                "видна сразу: «женщин на эту должность не берём». <b>Косвенная "
                                "дискриминация</b> возникает из правила, которое выглядит "
                                "нейтральным: если собрания всегда проходят поздно вечером, "
                                "женщины, которые смотрят за детьми, не могут прийти.</p>",
                                "en": "<p>A <b>gender stereotype</b> is a simplified belief about "
                                "women or men applied to all of them: “women are not suited to "
                                "politics”, “men don't cry”. Stereotypes narrow choices: a girl "
                                "wants to become an engineer and is talked out of it because “it "
                                "is not a job for girls”.</p><p>Article 1 of CEDAW defines "
                                "discrimination against women as any distinction, exclusion or "
                                "restriction made on the basis of sex that has the effect or "
                                "purpose of impairing women's rights. <b>Direct discrimination</b> "
                                "is open: “we do not hire women for this post”. <b>Indirect "
                                "discrimination</b> comes from a rule that looks neutral: if "
                                "meetings are always held late in the evening, women who look "
                                "after children cannot attend.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Басмырлоо атайылап жасалбаса да, анын натыйжасы "
                                "эсепке алынат. Ошондуктан ар бир эрежени «бул кимге тоскоол "
                                "болот?» деген суроо менен текшериңиз.</p>",
                                "ru": "<p>Дискриминация бывает и без умысла: значение имеет её "
                                "результат. Поэтому проверяйте каждое правило вопросом: «Кому оно "
                                "мешает?»</p>",
                                "en": "<p>Discrimination need not be intended: its effect is what "
                                "counts. So test every rule with the question “Whom does it hold "
                                "back?”</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "cedaw",
            "title": {
                "ky": "CEDAW конвенциясы",
                "ru": "Конвенция CEDAW",
                "en": "The CEDAW Convention",
            },
            "summary": {
                "ky": "Конвенция эмне жөнүндө жана мамлекетке кандай милдеттерди жүктөйт.",
                "ru": "О чём Конвенция и какие обязательства она возлагает на государство.",
                "en": "What the Convention says and what it requires of the state.",
            },
            "lessons": [
                {
                    "slug": "what-is-cedaw",
                    "minutes": 20,
                    "title": {
                        "ky": "CEDAW деген эмне?",
                        "ru": "Что такое CEDAW?",
                        "en": "What is CEDAW?",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Аялдарга карата басмырлоонун бардык формаларын жоюу "
                                "жөнүндө конвенцияны (англисче кыскача — CEDAW) БУУнун Башкы "
                                "Ассамблеясы 1979-жылы кабыл алган. Аны көп учурда аялдардын "
                                "укуктары боюнча эл аралык билл деп аташат. Конвенция 30 беренеден "
                                "турат жана саясий, экономикалык, социалдык, маданий жана "
                                "үй-бүлөлүк турмуштагы теңчиликти камтыйт.</p><p>Кыргызстан "
                                "Конвенцияны 1996-жылы ратификациялаган. Демек, мамлекет анын "
                                "талаптарын аткарууга укуктук милдеттенме алган: мыйзамдар, саясат "
                                "жана мамлекеттик кызматтардын иши Конвенцияга шайкеш болушу "
                                "керек.</p><p>Айрым маанилүү беренелер: 5-берене — зыяндуу "
                                "стереотиптерди жоюу; 7-берене — саясий жана коомдук турмушка "
                                "катышуу; 11-берене — эмгек; 14-берене — айыл аялдары; 16-берене — "
                                "нике жана үй-бүлө.</p>",
                                "ru": "<p>Конвенцию о ликвидации всех форм дискриминации в "
                                "отношении женщин (английское сокращение — CEDAW) Генеральная "
                                "Ассамблея ООН приняла в 1979 году. Её часто называют "
                                "международным биллем о правах женщин. Конвенция состоит из 30 "
                                "статей и охватывает равенство в политической, экономической, "
                                "социальной, культурной и семейной жизни.</p><p>Кыргызстан "
                                "ратифицировал Конвенцию в 1996 году. Значит, государство приняло "
                                "на себя правовое обязательство выполнять её требования: законы, "
                                "политика и работа государственных служб должны ей "
                                "соответствовать.</p><p>Некоторые важные статьи: статья 5 — "
                                "искоренение вредных стереотипов; статья 7 — участие в "
                                "политической "
                                "и общественной жизни; статья 11 — труд; статья 14 — сельские "
                                "женщины; статья 16 — брак и семья.</p>",
                                "en": "<p>The Convention on the Elimination of All Forms of "
                                "Discrimination against Women (CEDAW) was adopted by the UN "
                                "General "
                                "Assembly in 1979. It is often called an international bill of "
                                "rights for women. Its 30 articles cover equality in political, "
                                "economic, social, cultural and family life.</p><p>Kyrgyzstan "
                                "ratified the Convention in 1996. This means the state took on a "
                                "legal obligation to meet its requirements: laws, policies and the "
                                "work of public services must be in line with it.</p><p>Some key "
                                "articles: Article 5, ending harmful stereotypes; Article 7, "
                                "political and public life; Article 11, employment; Article 14, "
                                "rural women; Article 16, marriage and family.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Бул беренелерди дептериңизге жазып алыңыз: кийинки "
                                "сабактарда аларга кайра кайрылабыз.</p>",
                                "ru": "<p>Выпишите эти статьи в тетрадь: мы вернёмся к ним в "
                                "следующих уроках.</p>",
                                "en": "<p>Write these articles down: we will come back to them in "
                                "the next lessons.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "state-obligations",
                    "minutes": 25,
                    "title": {
                        "ky": "Мамлекеттин милдеттери",
                        "ru": "Обязательства государства",
                        "en": "The state's obligations",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Конвенцияга кошулган мамлекеттин милдеттери үч "
                                "деңгээлде болот. <b>Урматтоо</b>: мамлекет өзү аялдарды "
                                "басмырлабашы керек — мыйзамдарында да, органдарынын ишинде да. "
                                "<b>Коргоо</b>: мамлекет аялдарды башка адамдардын, уюмдардын жана "
                                "жумуш берүүчүлөрдүн басмырлоосунан коргойт. <b>Аткаруу</b>: "
                                "мамлекет иш жүзүндөгү теңчиликке жетүү үчүн программаларды, "
                                "бюджетти жана кызматтарды камсыз кылат.</p><p>2-берене боюнча "
                                "мамлекет теңчилик принцибин Конституцияга жана мыйзамдарга "
                                "киргизип, басмырлаган мыйзамдарды, эрежелерди жана адаттарды "
                                "өзгөртүп, басмырлоодон соттук коргоону камсыз кылышы керек. "
                                "Комитеттин 19- жана 35-жалпы сунуштарына ылайык, мамлекет "
                                "гендердик зомбулукту алдын алуу, иликтөө жана жазалоо үчүн "
                                "тийиштүү аракет көрүүгө милдеттүү.</p><p>Бул милдеттер борбордук "
                                "бийликке гана эмес, жергиликтүү өз алдынча башкарууга, "
                                "мектептерге, "
                                "ооруканаларга жана милицияга да тиешелүү.</p>",
                                "ru": "<p>Обязательства государства-участника действуют на трёх "
                                "уровнях. <b>Уважать</b>: государство само не должно "
                                "дискриминировать женщин — ни в законах, ни в работе своих "
                                "органов. <b>Защищать</b>: государство защищает женщин от "
                                "дискриминации со стороны других людей, организаций и "
                                "работодателей. <b>Обеспечивать</b>: государство выделяет "
                                "программы, бюджет и услуги, чтобы добиться равенства на "
                                "деле.</p><p>По статье 2 государство должно закрепить принцип "
                                "равенства в Конституции и законах, изменить или отменить "
                                "дискриминационные законы, правила и обычаи и обеспечить судебную "
                                "защиту от дискриминации. Согласно общим рекомендациям Комитета № "
                                "19 "
                                "и № 35, государство обязано проявлять должную осмотрительность: "
                                "предотвращать, расследовать и наказывать гендерное насилие.</p>"
                                "<p>Эти обязательства касаются не только центральной власти, но и "
                                "местного самоуправления, школ, больниц и милиции.</p>",
                                "en": "<p>A state party's obligations work at three levels. "
                                "<b>Respect</b>: the state itself must not discriminate against "
                                "women, in its laws or in the work of its bodies. <b>Protect</b>: "
                                "the state protects women from discrimination by other people, "
                                "organisations and employers. <b>Fulfil</b>: the state provides "
                                "the "
                                "programmes, budget and services needed for equality in "
                                "practice.</p><p>Under Article 2 the state must put the principle "
                                "of equality into the Constitution and laws, change or abolish "
                                "discriminatory laws, regulations and customs, and give legal "
                                "protection against discrimination. Under the Committee's General "
                                "Recommendations 19 and 35, it must act with due diligence to "
                                "prevent, investigate and punish gender-based "
                                "violence.</p><p>These "
                                "obligations bind not only the central government but also local "
                                "self-government, schools, hospitals and the police.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>«Бизде салт ушундай» деген шылтоо милдеттен "
                                "бошотпойт: Конвенция мамлекеттен зыяндуу салттарды өзгөртүүнү "
                                "талап кылат.</p>",
                                "ru": "<p>Ссылка на то, что «у нас такая традиция», не "
                                "освобождает от обязательств: Конвенция требует от государства "
                                "менять вредные обычаи.</p>",
                                "en": "<p>“It is our tradition” is no excuse: the Convention "
                                "requires the state to change harmful customs.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "reporting",
            "title": {
                "ky": "Отчет берүү жана мониторинг",
                "ru": "Отчётность и мониторинг",
                "en": "Reporting and monitoring",
            },
            "summary": {
                "ky": "Мамлекет CEDAW комитетине кантип отчет берет жана жарандык коом эмне кыла "
                "алат.",
                "ru": "Как государство отчитывается перед Комитетом CEDAW и что может гражданское "
                "общество.",
                "en": "How the state reports to the CEDAW Committee and what civil society can do.",
            },
            "lessons": [
                {
                    "slug": "reporting-to-the-committee",
                    "minutes": 25,
                    "title": {
                        "ky": "CEDAW комитетине отчет берүү",
                        "ru": "Отчёт перед Комитетом CEDAW",
                        "en": "Reporting to the CEDAW Committee",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Конвенциянын аткарылышын <b>CEDAW комитети</b> — 23 көз "
                                "карандысыз эксперттен турган БУУнун органы көзөмөлдөйт. 18-берене "
                                "боюнча мамлекет Конвенция өзү үчүн күчүнө киргенден кийин бир "
                                "жылдын ичинде баштапкы отчетун, андан соң кеминде төрт жылда бир "
                                "жолу мезгилдүү отчет берет.</p><p>Процесс мындай жүрөт: мамлекет "
                                "отчетун тапшырат; комитет суроолордун тизмесин жиберет; Женевада "
                                "мамлекеттин делегациясы менен комитеттин ортосунда "
                                "<b>конструктивдүү диалог</b> өтөт; акырында комитет "
                                "<b>жыйынтыктоочу байкоолорду</b> — тынчсыздануулардын жана "
                                "сунуштардын тизмесин жарыялайт.</p><p>Жыйынтыктоочу байкоолор — "
                                "жарандык коомдун эң пайдалуу куралдарынын бири. Аларда мамлекет "
                                "эмне кылышы керек экени так жазылат, ошондуктан жергиликтүү "
                                "бийлик "
                                "менен сүйлөшкөндө аларга шилтеме кылса болот.</p>",
                                "ru": "<p>За выполнением Конвенции следит <b>Комитет CEDAW</b> — "
                                "орган ООН из 23 независимых экспертов. По статье 18 государство "
                                "представляет первоначальный доклад в течение года после "
                                "вступления "
                                "Конвенции для него в силу, а затем периодические доклады не реже "
                                "одного раза в четыре года.</p><p>Процесс выглядит так: "
                                "государство подаёт доклад; Комитет присылает перечень вопросов; в "
                                "Женеве проходит <b>конструктивный диалог</b> между делегацией "
                                "государства и Комитетом; в конце Комитет публикует "
                                "<b>заключительные замечания</b> — перечень проблем и "
                                "рекомендаций.</p><p>Заключительные замечания — один из самых "
                                "полезных инструментов гражданского общества. В них прямо сказано, "
                                "что должно сделать государство, поэтому на них можно ссылаться в "
                                "разговоре с местной властью.</p>",
                                "en": "<p>The <b>CEDAW Committee</b>, a UN body of 23 independent "
                                "experts, monitors how the Convention is applied. Under Article 18 "
                                "a state submits an initial report within a year of the Convention "
                                "entering into force for it, and then a periodic report at least "
                                "every four years.</p><p>The process: the state submits its "
                                "report; "
                                "the Committee sends a list of issues; a <b>constructive "
                                "dialogue</b> takes place in Geneva between the state's delegation "
                                "and the Committee; finally the Committee publishes its "
                                "<b>concluding observations</b>, a list of concerns and "
                                "recommendations.</p><p>Concluding observations are one of civil "
                                "society's most useful tools. They say plainly what the state must "
                                "do, so you can cite them when you talk to local "
                                "authorities.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Кыргызстан боюнча акыркы жыйынтыктоочу байкоолорду "
                                "БУУнун адам укуктары боюнча Жогорку комиссарынын сайтынан "
                                "(ohchr.org) таап, сиздин аймакка тиешелүү үч сунушту белгилеп "
                                "алыңыз.</p>",
                                "ru": "<p>Найдите последние заключительные замечания по "
                                "Кыргызстану на сайте Верховного комиссара ООН по правам человека "
                                "(ohchr.org) и отметьте три рекомендации, которые касаются вашего "
                                "региона.</p>",
                                "en": "<p>Find the latest concluding observations on Kyrgyzstan on "
                                "the website of the UN High Commissioner for Human Rights "
                                "(ohchr.org) and mark three recommendations that concern your "
                                "region.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "civil-society",
                    "minutes": 20,
                    "title": {
                        "ky": "Жарандык коомдун ролу",
                        "ru": "Роль гражданского общества",
                        "en": "The role of civil society",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Коомдук уюмдар комитетке <b>альтернативдүү отчет</b> "
                                "жибере алышат. Анда мамлекеттин отчетунда айтылбаган көйгөйлөр "
                                "жазылат: мисалы, айыл аялдарынын жерге болгон укугу, кыз ала "
                                "качуу "
                                "же жергиликтүү кеңештердеги аялдардын аздыгы. Комитет мамлекетке "
                                "суроо бергенде көп учурда ушул отчеттордогу маалыматка "
                                "таянат.</p><p>Жакшы альтернативдүү отчет так фактыларга, "
                                "статистикага жана конкреттүү окуяларга негизделет, бирок "
                                "жабырлангандардын аты-жөнүн жана аларды тааный турган маалыматты "
                                "эч качан ачыкка чыгарбайт. Бир нече уюм чогулуп бир отчет "
                                "даярдаса, ал күчтүүрөөк болот.</p><p>Отчеттон кийинки иш да "
                                "маанилүү: жыйынтыктоочу байкоолорду кыргыз тилине которуп, "
                                "айылдарга таратуу, жергиликтүү бийлик менен талкуулоо жана "
                                "алардын "
                                "аткарылышын көзөмөлдөө.</p>",
                                "ru": "<p>Общественные организации могут направить в Комитет "
                                "<b>альтернативный доклад</b>. В нём описываются проблемы, о "
                                "которых молчит доклад государства: например, права сельских "
                                "женщин на землю, похищение невест или малое число женщин в "
                                "местных "
                                "кенешах. Задавая вопросы государству, Комитет часто опирается на "
                                "эти доклады.</p><p>Хороший альтернативный доклад строится на "
                                "точных фактах, статистике и конкретных случаях, но никогда не "
                                "раскрывает имён пострадавших и сведений, по которым их можно "
                                "узнать. Доклад, подготовленный коалицией организаций, звучит "
                                "весомее.</p><p>Важна и работа после доклада: перевести "
                                "заключительные замечания на кыргызский язык, донести их до сёл, "
                                "обсудить с местной властью и следить за их выполнением.</p>",
                                "en": "<p>NGOs can send the Committee an <b>alternative "
                                "report</b>. It describes problems the state's report leaves out: "
                                "rural women's rights to land, bride kidnapping, or how few women "
                                "sit on local councils. The Committee often draws on these reports "
                                "when it questions the state.</p><p>A good alternative report "
                                "rests "
                                "on precise facts, statistics and concrete cases, but never "
                                "reveals "
                                "survivors' names or anything that could identify them. A report "
                                "prepared by a coalition of organisations carries more "
                                "weight.</p><p>The work after the report matters too: translating "
                                "the concluding observations into Kyrgyz, taking them to the "
                                "villages, discussing them with local authorities and following up "
                                "on them.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Адамдын окуясын анын уруксатысыз эч качан жазбаңыз. "
                                "Жазганда атын, айылын жана аны тааный турган башка белгилерди "
                                "өзгөртүңүз же алып салыңыз.</p>",
                                "ru": "<p>Никогда не описывайте историю человека без его "
                                "согласия. Меняйте или убирайте имя, село и другие приметы, по "
                                "которым его можно узнать.</p>",
                                "en": "<p>Never write about someone's experience without her "
                                "consent. Change or remove her name, village and anything else "
                                "that could identify her.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "optional-protocol",
                    "minutes": 15,
                    "required": False,
                    "title": {
                        "ky": "Кошумча окуу: Факультативдик протокол",
                        "ru": "Дополнительное чтение: Факультативный протокол",
                        "en": "Further reading: the Optional Protocol",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>1999-жылы CEDAW конвенциясынын Факультативдик протоколу "
                                "кабыл алынган, Кыргызстан ага 2002-жылы кошулган. Протокол эки "
                                "жол ачат. <b>Жеке кайрылуу</b>: укугу бузулган аял же анын атынан "
                                "уюм өлкөнүн ичиндеги бардык укуктук жолдорду колдонуп бүткөндөн "
                                "кийин комитетке кайрыла алат. <b>Иликтөө</b>: укуктар олуттуу "
                                "жана "
                                "системалуу түрдө бузулуп жатканы тууралуу ишенимдүү маалымат "
                                "болсо, комитет өзү иликтөө жүргүзө алат.</p><p>Мисалы, 2018-жылы "
                                "комитет Кыргызстандагы кыз ала качуу боюнча иликтөөнүн жыйынтыгын "
                                "жарыялап, мамлекетке бул көрүнүштү жоюу боюнча сунуштарды "
                                "берген.</p><p>Бул сабак милдеттүү эмес: ал укук коргоо менен "
                                "алектенгендерге жана альтернативдүү отчет даярдагандарга "
                                "пайдалуу.</p>",
                                "ru": "<p>В 1999 году был принят Факультативный протокол к "
                                "Конвенции CEDAW; Кыргызстан присоединился к нему в 2002 году. "
                                "Протокол открывает два пути. <b>Индивидуальные сообщения</b>: "
                                "женщина, чьи права нарушены, или организация от её имени может "
                                "обратиться в Комитет, исчерпав все средства правовой защиты "
                                "внутри "
                                "страны. <b>Расследование</b>: получив достоверные сведения о "
                                "серьёзных или систематических нарушениях, Комитет может сам "
                                "провести расследование.</p><p>Например, в 2018 году Комитет "
                                "опубликовал итоги расследования о похищении невест в Кыргызстане "
                                "и "
                                "дал государству рекомендации, как искоренить эту практику.</p>"
                                "<p>Этот урок необязательный: он полезен тем, кто занимается "
                                "правозащитой и готовит альтернативные доклады.</p>",
                                "en": "<p>The Optional Protocol to CEDAW was adopted in 1999; "
                                "Kyrgyzstan joined it in 2002. The Protocol opens two paths. "
                                "<b>Individual communications</b>: a woman whose rights were "
                                "violated, or an organisation on her behalf, may turn to the "
                                "Committee once every legal remedy at home has been used. "
                                "<b>Inquiry</b>: with reliable information about grave or "
                                "systematic violations, the Committee may open an inquiry "
                                "itself.</p><p>In 2018, for example, the Committee published the "
                                "findings of its inquiry into bride kidnapping in Kyrgyzstan, with "
                                "recommendations to the state on ending the practice.</p><p>This "
                                "lesson is optional: it is useful for human rights defenders and "
                                "those preparing alternative reports.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "national-law",
            "title": {
                "ky": "Атайын убактылуу чаралар жана улуттук мыйзамдар",
                "ru": "Временные специальные меры и национальное законодательство",
                "en": "Temporary special measures and national law",
            },
            "summary": {
                "ky": "Квоталар жана Кыргызстандын тең укуктар жана үй-бүлөлүк зомбулуктан коргоо "
                "жөнүндө мыйзамдары.",
                "ru": "Квоты и законы Кыргызстана о равных правах и о защите от семейного насилия.",
                "en": "Quotas, and Kyrgyzstan's laws on equal rights and on protection against "
                "domestic violence.",
            },
            "lessons": [
                {
                    "slug": "temporary-special-measures",
                    "minutes": 20,
                    "title": {
                        "ky": "Атайын убактылуу чаралар",
                        "ru": "Временные специальные меры",
                        "en": "Temporary special measures",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Теңчиликти мыйзамга жазып коюу жетишсиз: көп жылдык "
                                "тоскоолдуктардан улам аялдар иш жүзүндө артта калышы мүмкүн. "
                                "Ошондуктан Конвенциянын 4-беренеси <b>атайын убактылуу "
                                "чараларды</b> колдонууга уруксат берет жана аларды басмырлоо деп "
                                "эсептебейт. Комитеттин 25-жалпы сунушу бул чаралар иш жүзүндөгү "
                                "теңчиликке тезирээк жетүү үчүн керек экенин "
                                "түшүндүрөт.</p><p>Мындай "
                                "чаралардын мисалдары: шайлоодогу квоталар, аялдар үчүн атайын "
                                "окуу "
                                "программалары жана гранттар. Кыргызстанда партиялык тизмелерде "
                                "бир "
                                "жыныстагы талапкерлер 70 пайыздан ашпашы керек, ал эми "
                                "жергиликтүү "
                                "кеңештерде орундардын кеминде 30 пайызы аялдарга "
                                "бекитилген.</p><p>«Убактылуу» деген сөз маанилүү: максатка — иш "
                                "жүзүндөгү теңчиликке — жеткенде, бул чаралар токтотулат.</p>",
                                "ru": "<p>Записать равенство в закон недостаточно: из-за "
                                "многолетних барьеров женщины на деле могут оставаться позади. "
                                "Поэтому статья 4 Конвенции разрешает <b>временные специальные "
                                "меры</b> и не считает их дискриминацией. Общая рекомендация "
                                "Комитета № 25 объясняет, что эти меры нужны, чтобы быстрее "
                                "добиться фактического равенства.</p><p>Примеры таких мер: квоты "
                                "на "
                                "выборах, специальные учебные программы и гранты для женщин. В "
                                "Кыргызстане в партийных списках кандидатов одного пола должно "
                                "быть "
                                "не более 70 процентов, а в местных кенешах женщинам отведено не "
                                "менее 30 процентов мест.</p><p>Слово «временные» важно: когда "
                                "цель "
                                "— фактическое равенство — достигнута, меры отменяются.</p>",
                                "en": "<p>Writing equality into law is not enough: years of "
                                "barriers can leave women behind in practice. So Article 4 of the "
                                "Convention allows <b>temporary special measures</b> and does not "
                                "count them as discrimination. The Committee's General "
                                "Recommendation 25 explains that they serve to reach equality in "
                                "fact sooner.</p><p>Examples include election quotas and special "
                                "training programmes and grants for women. In Kyrgyzstan no more "
                                "than 70 per cent of a party list may be of one sex, and at least "
                                "30 per cent of seats on local councils are reserved for "
                                "women.</p><p>The word “temporary” matters: once the goal, "
                                "equality "
                                "in fact, is reached, the measures end.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Квота — аялдарга берилген белек эмес. Ал аялдардын "
                                "шайлоого жана кызматка жолун тоскон тоскоолдуктардын ордун "
                                "толтурат.</p>",
                                "ru": "<p>Квота — не подарок женщинам. Она уравновешивает "
                                "барьеры, которые мешают женщинам избираться и занимать "
                                "должности.</p>",
                                "en": "<p>A quota is not a gift to women. It offsets the barriers "
                                "that keep women out of elected and appointed office.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "equal-rights-law",
                    "minutes": 20,
                    "title": {
                        "ky": "Тең укуктар жана тең мүмкүнчүлүктөр жөнүндө мыйзам",
                        "ru": "Закон о равных правах и равных возможностях",
                        "en": "The law on equal rights and opportunities",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>2008-жылы Кыргызстанда эркектер менен аялдардын тең "
                                "укуктарынын жана тең мүмкүнчүлүктөрүнүн мамлекеттик кепилдиктери "
                                "жөнүндө мыйзам кабыл алынган. Мыйзам жынысы боюнча басмырлоого "
                                "тыюу салат, түз жана кыйыр басмырлоону, ошондой эле сексуалдык "
                                "асылууну аныктайт.</p><p>Мыйзам мамлекеттик органдарга жана "
                                "жергиликтүү өз алдынча башкарууга мамлекеттик кызматта, шайлоодо, "
                                "эмгекте жана билим берүүдө тең мүмкүнчүлүктөрдү камсыз кылууну "
                                "милдеттендирет. Ченемдик укуктук актылардын долбоорлору гендердик "
                                "экспертизадан өтөт: алар аялдарга жана эркектерге кандай таасир "
                                "этери текшерилет.</p><p>Эгер сиз жынысыңыздан улам басмырланып "
                                "жатсаңыз, сотко, прокуратурага же Акыйкатчыга (Омбудсменге) "
                                "кайрыла аласыз. Коомдук уюмдар кайрылуу жазууга жардам бере "
                                "алышат.</p>",
                                "ru": "<p>В 2008 году в Кыргызстане принят Закон о "
                                "государственных гарантиях равных прав и равных возможностей для "
                                "мужчин и женщин. Закон запрещает дискриминацию по признаку пола и "
                                "определяет прямую и косвенную дискриминацию, а также сексуальное "
                                "домогательство.</p><p>Закон обязывает государственные органы и "
                                "органы местного самоуправления обеспечивать равные возможности на "
                                "государственной службе, на выборах, в труде и образовании. "
                                "Проекты "
                                "нормативных правовых актов проходят гендерную экспертизу: "
                                "проверяется, как они скажутся на женщинах и мужчинах.</p><p>Если "
                                "вас дискриминируют из-за пола, вы можете обратиться в суд, "
                                "прокуратуру или к Акыйкатчы (Омбудсмену). Общественные "
                                "организации "
                                "помогут составить обращение.</p>",
                                "en": "<p>In 2008 Kyrgyzstan adopted the Law on State Guarantees "
                                "of Equal Rights and Equal Opportunities for Men and Women. It "
                                "prohibits discrimination on the basis of sex and defines direct "
                                "and indirect discrimination and sexual harassment.</p><p>The law "
                                "requires state bodies and local self-government to ensure equal "
                                "opportunities in public service, elections, employment and "
                                "education. Draft laws and regulations undergo a gender review "
                                "that "
                                "checks how they will affect women and men.</p><p>If you are "
                                "discriminated against because of your sex, you can go to a court, "
                                "the prosecutor's office or the Akyikatchy (Ombudsman). NGOs can "
                                "help you write the complaint.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Айыл өкмөтү бош орунга жарыя берип, «эркек киши болушу "
                                "керек» деп жазса, бул — түз басмырлоо. Ошол жарыяны тиркеп, "
                                "кайрылуу жазса болот.</p>",
                                "ru": "<p>Если айыл окмоту объявляет вакансию с условием «только "
                                "мужчина», это прямая дискриминация. Приложите объявление к "
                                "обращению.</p>",
                                "en": "<p>If an aiyl okmotu advertises a post “for men only”, that "
                                "is direct discrimination. Attach the advertisement to your "
                                "complaint.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "domestic-violence-law",
                    "minutes": 25,
                    "title": {
                        "ky": "Үй-бүлөлүк зомбулуктан коргоо жөнүндө мыйзам",
                        "ru": "Закон о защите от семейного насилия",
                        "en": "The law on protection against domestic violence",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>2017-жылы Кыргызстан үй-бүлөлүк зомбулуктан коргоо "
                                "жөнүндө жаңы мыйзам кабыл алган. Мыйзам зомбулукту кеңири "
                                "түшүнөт: физикалык гана эмес, психологиялык жана сексуалдык "
                                "зомбулукту, ошондой эле көңүл бурбоону камтыйт. Ал жубайларга "
                                "гана "
                                "эмес, бирге жашаган туугандарга жана мурдагы жубайларга да "
                                "тиешелүү.</p><p>Ички иштер органдары зомбулукка кабылган адамга "
                                "<b>убактылуу коргоо ордерин</b> берет: ал зомбулук көрсөткөн "
                                "адамга жабырлануучуну коркутууга жана аны менен байланышууга тыюу "
                                "салат. Зомбулук көрсөткөн адам жүрүм-турумун өзгөртүү "
                                "программасына "
                                "жөнөтүлүшү мүмкүн. Жабырлануучу кризистик борбордон укуктук, "
                                "психологиялык жана башка жардам ала алат.</p><p>Мамлекеттин "
                                "милдети — арыз келишин күтпөй, зомбулуктун алдын алуу. "
                                "Жергиликтүү "
                                "бийлик, мектептер, медицина кызматкерлери жана коомдук уюмдар бул "
                                "иште өз ролун аткарышат.</p>",
                                "ru": "<p>В 2017 году Кыргызстан принял новый Закон об охране и "
                                "защите от семейного насилия. Закон понимает насилие широко: не "
                                "только физическое, но и психологическое, сексуальное насилие и "
                                "пренебрежение. Он касается не только супругов, но и "
                                "родственников, живущих вместе, и бывших супругов.</p><p>Органы "
                                "внутренних дел выдают пострадавшему <b>временный охранный "
                                "ордер</b>: он запрещает обидчику угрожать пострадавшему и "
                                "связываться с ним. Обидчика могут направить на "
                                "коррекционную программу. Пострадавший может получить в "
                                "кризисном центре юридическую, психологическую и другую "
                                "помощь.</p><p>Задача государства — не ждать заявления, а "
                                "предотвращать насилие. Свою роль в этом играют местная власть, "
                                "школы, медицинские работники и общественные организации.</p>",
                                "en": "<p>In 2017 Kyrgyzstan adopted a new law on safeguarding "
                                "and protection from domestic violence. It understands violence "
                                "broadly: not only physical, but also psychological and sexual "
                                "violence and neglect. It covers not only spouses but also "
                                "relatives living together and former spouses.</p><p>The police "
                                "issue a person who has suffered violence a <b>temporary "
                                "protection "
                                "order</b>, which forbids the abuser to threaten or contact her. "
                                "The "
                                "abuser may be sent to a behaviour-change programme. A crisis "
                                "centre can give legal, psychological and other help.</p><p>The "
                                "state's duty is to prevent violence, not to wait for a complaint. "
                                "Local authorities, schools, health workers and NGOs each have a "
                                "part to play.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Коркунуч азыр болсо, 102 номерине — милицияга чалыңыз. "
                                "Зомбулук тууралуу айтып берген адамды күнөөлөбөңүз: аны угуп, "
                                "кризистик борборго же юристке жолдоңуз.</p>",
                                "ru": "<p>Если опасность есть прямо сейчас, звоните в милицию по "
                                "номеру 102. Не обвиняйте человека, который рассказал о насилии: "
                                "выслушайте его и направьте в кризисный центр или к юристу.</p>",
                                "en": "<p>If there is danger right now, call the police on 102. "
                                "Do not blame someone who tells you about violence: listen, and "
                                "refer her to a crisis centre or a lawyer.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

TRAINERS = {
    "slug": "gender-trainers",
    "title": {
        "ky": "Гендер боюнча тренерлерди даярдоо",
        "ru": "Подготовка гендерных тренеров",
        "en": "Training of gender trainers",
    },
    "summary": {
        "ky": "Гендер жана CEDAW боюнча өз тренингдерин өткөргүсү келгендер үчүн: чоңдорду "
        "окутуу, сессияны пландоо, фасилитация жана коопсуздук. Курсту бүтүргөндөр «Гендердик "
        "теңчиликтин негиздери жана CEDAW» курсун өткөрө алышат.",
        "ru": "Для тех, кто хочет проводить собственные тренинги по гендеру и CEDAW: обучение "
        "взрослых, план сессии, фасилитация и безопасность. Выпускники могут вести курс «Основы "
        "гендерного равенства и CEDAW».",
        "en": "For those who want to run their own training on gender and CEDAW: adult learning, "
        "session planning, facilitation and safety. Graduates may teach the course “Foundations "
        "of gender equality and CEDAW”.",
    },
    "outcomes": {
        "ky": "<ul><li>Чоңдорду окутуунун принциптерине таянып, үч сааттык сессияны пландай "
        "аласыз.</li><li>Катышуучулардын баарын ишке тарта турган ыкмаларды колдоно аласыз.</li>"
        "<li>Каршылык менен иштеп, зомбулук тууралуу айтылганда туура жооп бере аласыз.</li>"
        "<li>Тренингдин натыйжасын баалай аласыз.</li></ul>",
        "ru": "<ul><li>Вы спланируете трёхчасовую сессию по принципам обучения взрослых.</li>"
        "<li>Будете применять методы, вовлекающие всех участников.</li><li>Сможете работать с "
        "сопротивлением и правильно реагировать, когда участница рассказывает о насилии.</li>"
        "<li>Оцените результаты тренинга.</li></ul>",
        "en": "<ul><li>Plan a three-hour session on the principles of adult learning.</li>"
        "<li>Use methods that involve every participant.</li><li>Work with resistance and respond "
        "well when a participant speaks about violence.</li><li>Evaluate the results of your "
        "training.</li></ul>",
    },
    "hours": 16,
    "audience": ["ngos", "women-leaders"],
    "track": "tot",
    "enrolment_mode": "key",
    "enrolment_key": "TOT-2026",
    "prerequisites": ["gender-cedaw"],
    "qualifies_for": ["gender-cedaw"],
    "modules": [
        {
            "slug": "adult-learning",
            "title": {
                "ky": "Чоңдорду окутуу жана сессияны пландоо",
                "ru": "Обучение взрослых и план сессии",
                "en": "Adult learning and session planning",
            },
            "summary": {
                "ky": "Чоңдор кантип окушат жана сессиянын планы кантип түзүлөт.",
                "ru": "Как учатся взрослые и как составить план сессии.",
                "en": "How adults learn and how to build a session plan.",
            },
            "lessons": [
                {
                    "slug": "how-adults-learn",
                    "minutes": 25,
                    "title": {
                        "ky": "Чоңдор кантип окушат",
                        "ru": "Как учатся взрослые",
                        "en": "How adults learn",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Чоңдор өз тажрыйбасына байланышкан жана турмушта дароо "
                                "колдоно турган нерсени жакшы үйрөнүшөт. Алар лекция угуп "
                                "отурууну эмес, талкууга катышууну, өз пикирин айтууну жана "
                                "урматтоону күтүшөт.</p><p>Тренингде <b>тажрыйбалык окутуунун "
                                "айлампасын</b> колдонуңуз: 1) тажрыйба — катышуучулар бир иш "
                                "аткарат же окуяны эстейт; 2) ой жүгүртүү — эмне болду, эмнени "
                                "сездик?; 3) жалпылоо — мындан кандай жыйынтык чыгат?; 4) колдонуу "
                                "— муну өз ишимде кантип пайдаланам?</p><p>Катышуучулардын билимин "
                                "баалаңыз: айылдагы аялдардын турмуштук тажрыйбасы — тренинг үчүн "
                                "эң баалуу материал.</p>",
                                "ru": "<p>Взрослые лучше всего учатся тому, что связано с их "
                                "опытом и что можно сразу применить в жизни. Они ждут не лекции, а "
                                "обсуждения, возможности высказаться и уважения.</p><p>Используйте "
                                "на тренинге <b>цикл обучения на опыте</b>: 1) опыт — участники "
                                "выполняют задание или вспоминают случай; 2) осмысление — что "
                                "произошло, что мы чувствовали?; 3) обобщение — какой вывод из "
                                "этого следует?; 4) применение — как я использую это в своей "
                                "работе?</p><p>Цените знания участников: жизненный опыт сельских "
                                "женщин — самый ценный материал для тренинга.</p>",
                                "en": "<p>Adults learn best what connects to their experience and "
                                "what they can use straight away. They expect not a lecture but "
                                "discussion, a chance to speak and respect.</p><p>Use the "
                                "<b>experiential learning cycle</b>: 1) experience — participants "
                                "do a task or recall a situation; 2) reflection — what happened, "
                                "how did we feel?; 3) generalisation — what conclusion follows?; "
                                "4) "
                                "application — how will I use this in my work?</p><p>Value what "
                                "participants know: the life experience of rural women is the most "
                                "valuable material a training has.</p>",
                            },
                        ),
                        (
                            "trainer_notes",
                            {
                                "ky": "<p><b>Машыгуу (20 мүнөт).</b> Катышуучуларды жупка "
                                "бөлүңүз. Ар бири өмүрүндөгү эң жакшы окуу тажрыйбасын эстеп, "
                                "шериги менен бөлүшсүн. Андан соң бардыгы менен «жакшы окуу "
                                "эмнеден "
                                "турат?» деген тизме түзүңүз жана ал чоңдорду окутуунун "
                                "принциптерине дал келерин көрсөтүңүз.</p>",
                                "ru": "<p><b>Упражнение (20 минут).</b> Разбейте участников на "
                                "пары. Пусть каждый вспомнит свой лучший опыт учёбы и расскажет "
                                "партнёру. Затем вместе составьте список «из чего состоит хорошая "
                                "учёба» и покажите, что он совпадает с принципами обучения "
                                "взрослых.</p>",
                                "en": "<p><b>Exercise (20 minutes).</b> Put participants in pairs. "
                                "Each recalls her best learning experience and tells her partner. "
                                "Then build a group list of “what makes good learning” and show "
                                "that it matches the principles of adult learning.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "session-plan",
                    "minutes": 30,
                    "title": {
                        "ky": "Сессиянын планы",
                        "ru": "План сессии",
                        "en": "The session plan",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Жакшы сессия так максаттан башталат: сессиянын аягында "
                                "катышуучулар эмнени билет жана эмне кыла алат? Максатты "
                                "«түшүндүрө "
                                "алат», «колдоно алат» сыяктуу этиштер менен "
                                "жазыңыз.</p><p>Пландын "
                                "ар бир бөлүгүнө убакыт, ыкма, материалдар жана жооптуу адам "
                                "жазылат. Ыкмаларды алмаштырып туруңуз: кыска маалымат, топтук иш, "
                                "талкуу, оюн. Ар бир 60–90 мүнөттө тыныгуу бериңиз.</p><p>Айылда "
                                "тренинг өткөргөндө жергиликтүү шарттарды эске алыңыз: жарык өчүп "
                                "калышы, катышуучулардын балдары менен келиши, талаа жумуштары. "
                                "Пландын электрсиз вариантын да даярдап коюңуз.</p>",
                                "ru": "<p>Хорошая сессия начинается с ясной цели: что участники "
                                "будут знать и уметь к её концу? Формулируйте цель глаголами "
                                "«смогут объяснить», «смогут применить».</p><p>Для каждой части "
                                "плана указываются время, метод, материалы и ответственный. "
                                "Чередуйте методы: короткая информация, работа в группах, "
                                "обсуждение, игра. Делайте перерыв каждые 60–90 минут.</p><p>На "
                                "тренинге в селе учитывайте местные условия: могут отключить свет, "
                                "участницы могут прийти с детьми, идут полевые работы. Держите "
                                "наготове вариант плана без электричества.</p>",
                                "en": "<p>A good session starts from a clear objective: what will "
                                "participants know and be able to do by the end? Write it with "
                                "verbs such as “can explain” or “can apply”.</p><p>Each part of "
                                "the "
                                "plan has a time, a method, materials and a person responsible. "
                                "Vary the methods: a short input, group work, discussion, a game. "
                                "Take a break every 60–90 minutes.</p><p>In a village, plan for "
                                "local conditions: power cuts, participants who come with their "
                                "children, field work. Keep a version of the plan that needs no "
                                "electricity.</p>",
                            },
                        ),
                        (
                            "trainer_notes",
                            {
                                "ky": "<p><b>«CEDAW негиздери» сессиясынын үлгү планы (3 "
                                "саат)</b></p><ul><li>0:00–0:20 — таанышуу, күтүүлөр, топтун "
                                "эрежелери.</li><li>0:20–0:50 — «Жыныс жана гендер» машыгуусу: "
                                "карточкаларды эки топко бөлүү.</li><li>0:50–1:20 — кыска "
                                "маалымат: "
                                "CEDAW, 1996-жыл, мамлекеттин милдеттери.</li><li>1:20–1:35 — "
                                "тыныгуу.</li><li>1:35–2:30 — топтук иш: жергиликтүү көйгөйдү "
                                "Конвенциянын беренеси менен байланыштыруу.</li><li>2:30–2:50 — "
                                "топтордун презентациясы.</li><li>2:50–3:00 — баалоо жана "
                                "жыйынтык.</li></ul>",
                                "ru": "<p><b>Образец плана сессии «Основы CEDAW» (3 часа)</b></p>"
                                "<ul><li>0:00–0:20 — знакомство, ожидания, правила группы.</li>"
                                "<li>0:20–0:50 — упражнение «Пол и гендер»: разложить карточки на "
                                "две группы.</li><li>0:50–1:20 — короткая информация: CEDAW, 1996 "
                                "год, обязательства государства.</li><li>1:20–1:35 — перерыв.</li>"
                                "<li>1:35–2:30 — работа в группах: связать местную проблему со "
                                "статьёй Конвенции.</li><li>2:30–2:50 — презентации групп.</li>"
                                "<li>2:50–3:00 — оценка и итоги.</li></ul>",
                                "en": "<p><b>Sample plan for a session “CEDAW basics” (3 "
                                "hours)</b></p><ul><li>0:00–0:20 — introductions, expectations, "
                                "group rules.</li><li>0:20–0:50 — “Sex and gender” exercise: sort "
                                "cards into two piles.</li><li>0:50–1:20 — short input: CEDAW, "
                                "1996, the state's obligations.</li><li>1:20–1:35 — break.</li>"
                                "<li>1:35–2:30 — group work: link a local problem to an article "
                                "of the Convention.</li><li>2:30–2:50 — group presentations.</li>"
                                "<li>2:50–3:00 — evaluation and wrap-up.</li></ul>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Үлгү планды өз тобуңузга ылайыкташтырыңыз: "
                                "катышуучулар канча, алар ким жана канча убактысы бар.</p>",
                                "ru": "<p>Адаптируйте образец к своей группе: сколько "
                                "участников, кто они и сколько у них времени.</p>",
                                "en": "<p>Adapt the sample to your group: how many participants, "
                                "who they are and how much time they have.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "facilitation",
            "title": {
                "ky": "Фасилитация жана коопсуздук",
                "ru": "Фасилитация и безопасность",
                "en": "Facilitation and safety",
            },
            "summary": {
                "ky": "Топту кантип алып баруу, каршылык менен иштөө жана катышуучулардын "
                "коопсуздугу.",
                "ru": "Как вести группу, работать с сопротивлением и беречь участниц.",
                "en": "Leading a group, working with resistance and keeping participants safe.",
            },
            "lessons": [
                {
                    "slug": "facilitation-and-resistance",
                    "minutes": 25,
                    "title": {
                        "ky": "Фасилитация жана каршылык менен иштөө",
                        "ru": "Фасилитация и работа с сопротивлением",
                        "en": "Facilitation and resistance",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Фасилитатор — сабак окуган мугалим эмес, топтун ишин "
                                "жеңилдеткен адам. Ачык суроолорду бериңиз («Сиз кандай "
                                "ойлойсуз?», «Мисал келтире аласызбы?»), кунт коюп угуңуз жана ар "
                                "бир адамга сөз алууга мүмкүнчүлүк түзүңүз.</p><p>Гендер темасында "
                                "каршылык көп кездешет: «бул батыштын идеясы», «биздин салтка "
                                "туура "
                                "келбейт». Талашка түшпөңүз. Каршылыкты суроо катары кабыл алып, "
                                "жергиликтүү мисалдарга жана Кыргызстандын өз мыйзамдарына "
                                "таяныңыз: Конституция эркек менен аялдын тең укуктарын кепилдейт, "
                                "ал эми Конвенцияны Кыргызстан өзү ратификациялаган.</p>",
                                "ru": "<p>Фасилитатор — не учитель у доски, а человек, который "
                                "облегчает работу группы. Задавайте открытые вопросы («Как вы "
                                "думаете?», «Можете привести пример?»), внимательно слушайте и "
                                "давайте слово каждому.</p><p>Тема гендера часто встречает "
                                "сопротивление: «это западная идея», «это против наших традиций». "
                                "Не вступайте в спор. Примите сопротивление как вопрос и "
                                "опирайтесь на местные примеры и собственные законы Кыргызстана: "
                                "Конституция гарантирует равные права мужчин и женщин, а Конвенцию "
                                "Кыргызстан ратифицировал сам.</p>",
                                "en": "<p>A facilitator is not a teacher at the blackboard but "
                                "someone who makes the group's work easier. Ask open questions "
                                "(“What do you think?”, “Can you give an example?”), listen "
                                "closely and give everyone a chance to speak.</p><p>Gender often "
                                "meets resistance: “this is a Western idea”, “it goes against our "
                                "traditions”. Do not argue. Take resistance as a question and draw "
                                "on local examples and Kyrgyzstan's own laws: the Constitution "
                                "guarantees equal rights to men and women, and Kyrgyzstan ratified "
                                "the Convention itself.</p>",
                            },
                        ),
                        (
                            "trainer_notes",
                            {
                                "ky": "<p><b>Фасилитация боюнча кеңештер</b></p><ul><li>Көп "
                                "сүйлөгөн катышуучуга: «Рахмат, эми азырынча сүйлөй элек адамдарды "
                                "угалы».</li><li>Унчукпаган катышуучуларга жуп менен иштөөнү "
                                "сунуштаңыз: чоң топко караганда жупта сүйлөө жеңил.</li><li>Кыйын "
                                "суроонун жообун билбесеңиз, ачык айтыңыз жана кийинки жолугушууга "
                                "чейин жооп таап келүүгө убада бериңиз.</li></ul>",
                                "ru": "<p><b>Советы по фасилитации</b></p><ul><li>Тому, кто "
                                "говорит много: «Спасибо, давайте теперь послушаем тех, кто ещё не "
                                "высказался».</li><li>Молчаливым участникам предложите работу в "
                                "парах: в паре говорить легче, чем перед всей "
                                "группой.</li><li>Если "
                                "не знаете ответа на трудный вопрос, скажите об этом честно и "
                                "пообещайте найти ответ к следующей встрече.</li></ul>",
                                "en": "<p><b>Facilitation tips</b></p><ul><li>To someone who talks "
                                "a lot: “Thank you — let's now hear from those who haven't spoken "
                                "yet.”</li><li>Offer quiet participants pair work: talking in a "
                                "pair is easier than in front of the whole group.</li><li>If you "
                                "do not know the answer to a hard question, say so and promise to "
                                "bring one to the next meeting.</li></ul>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "safety-and-evaluation",
                    "minutes": 25,
                    "title": {
                        "ky": "Коопсуздук жана баалоо",
                        "ru": "Безопасность и оценка",
                        "en": "Safety and evaluation",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Гендер боюнча тренингде кээ бир катышуучулар өздөрү "
                                "көргөн зомбулук тууралуу айтып калышы мүмкүн. Алдын ала "
                                "даярданыңыз: жергиликтүү кризистик борборлордун, юристтердин жана "
                                "психологдордун байланыштары жаныңызда болсун. Адам сөзүн баштаса, "
                                "аны токтотпоңуз, ага ишениңиз жана тыныгууда жеке сүйлөшүүнү "
                                "сунуштаңыз.</p><p>Натыйжаны баалоо үчүн сессиянын башында жана "
                                "аягында кыска тест же суроолорду колдонуңуз жана катышуучулардын "
                                "жазуу жүзүндөгү пикирин чогултуңуз. Катышуучулардын тизмесин жана "
                                "пикирлерин коопсуз жерде сактаңыз: аларда жеке маалымат бар.</p>",
                                "ru": "<p>На тренинге по гендеру кто-то из участниц может "
                                "рассказать о пережитом насилии. Подготовьтесь заранее: держите "
                                "под "
                                "рукой контакты местных кризисных центров, юристов и психологов. "
                                "Если человек начал говорить, не перебивайте, поверьте ему и "
                                "предложите поговорить наедине в перерыве.</p><p>Чтобы оценить "
                                "результат, используйте короткий тест или вопросы в начале и в "
                                "конце сессии и соберите письменные отзывы. Храните списки "
                                "участников и отзывы в надёжном месте: в них личные данные.</p>",
                                "en": "<p>In gender training a participant may speak about "
                                "violence she has lived through. Prepare beforehand: keep the "
                                "contacts of local crisis centres, lawyers and psychologists at "
                                "hand. If someone starts to speak, do not interrupt, believe her "
                                "and offer to talk privately during the break.</p><p>To evaluate "
                                "results, use a short quiz or questions at the start and the end "
                                "of the session, and collect written feedback. Keep participant "
                                "lists and feedback somewhere safe: they hold personal data.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Тренингде айтылган окуялар топтун ичинде калат. "
                                "Купуялуулук эрежесин тренингдин башында эле макулдашып "
                                "алыңыз.</p>",
                                "ru": "<p>Истории, рассказанные на тренинге, остаются в группе. "
                                "Договоритесь о конфиденциальности в самом начале.</p>",
                                "en": "<p>What is shared in the training stays in the group. "
                                "Agree on confidentiality at the very start.</p>",
                            },
                        ),
                        (
                            "trainer_notes",
                            {
                                "ky": "<p><b>Катышуучу зомбулук тууралуу айтып калса:</b></p><ol>"
                                "<li>Сабыр менен угуп, «ишенгениңиз үчүн рахмат» деңиз.</li>"
                                "<li>Күнөөлөбөңүз жана «эмне үчүн кетпейсиз?» деп сурабаңыз.</li>"
                                "<li>Жардам ала турган жерлерди айтыңыз.</li><li>Анын макулдугусуз "
                                "эч кимге айтпаңыз; бирок өмүрүнө коркунуч болсо, 102ге "
                                "чалыңыз.</li></ol>",
                                "ru": "<p><b>Если участница рассказывает о насилии:</b></p><ol>"
                                "<li>Выслушайте спокойно и скажите: «Спасибо, что доверились».</li>"
                                "<li>Не обвиняйте и не спрашивайте «почему вы не уходите?».</li>"
                                "<li>Расскажите, где можно получить помощь.</li><li>Без её "
                                "согласия "
                                "никому не рассказывайте; но если её жизни угрожает опасность, "
                                "звоните 102.</li></ol>",
                                "en": "<p><b>If a participant speaks about violence:</b></p><ol>"
                                "<li>Listen calmly and say “Thank you for trusting me”.</li><li>Do "
                                "not blame her or ask “why don't you leave?”.</li><li>Tell her "
                                "where she can get help.</li><li>Tell no one without her consent; "
                                "but if her life is in danger, call 102.</li></ol>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "trainer-self-care",
                    "minutes": 10,
                    "required": False,
                    "title": {
                        "ky": "Кошумча окуу: тренер өзүн кантип колдойт",
                        "ru": "Дополнительное чтение: как тренеру беречь себя",
                        "en": "Further reading: how a trainer looks after herself",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Зомбулук жана басмырлоо тууралуу окуяларды көп угуу "
                                "тренерди чарчатат. Бул алсыздык эмес, бул иштин табигый оордугу. "
                                "Ар бир тренингден кийин өзүңүзгө убакыт бөлүңүз жана ишенген "
                                "кесиптешиңиз менен купуялуулукту сактап "
                                "сүйлөшүңүз.</p><p>Тренерлер "
                                "тобунда бири-бирин колдогон жолугушууларды өткөрүп туруңуз: кыйын "
                                "учурларды талкуулап, тажрыйба алмашыңыз. Өз чегиңизди билиңиз: "
                                "психологиялык жардам көрсөтүү тренердин милдети эмес, адамды "
                                "адиске "
                                "жолдоо — туура кадам.</p>",
                                "ru": "<p>Постоянно слушать истории о насилии и дискриминации "
                                "тяжело. Это не слабость, а естественная нагрузка этой работы. "
                                "После каждого тренинга выделяйте время для себя и, соблюдая "
                                "конфиденциальность, поговорите с коллегой, которой "
                                "доверяете.</p><p>Проводите в группе тренеров встречи "
                                "взаимоподдержки: разбирайте трудные случаи, делитесь опытом. "
                                "Знайте свои границы: психологическая помощь — не задача тренера, "
                                "и направить человека к специалисту — правильный шаг.</p>",
                                "en": "<p>Hearing many stories of violence and discrimination "
                                "wears a trainer down. This is not weakness; it is the natural "
                                "weight of the work. After each training, take time for yourself "
                                "and talk, in confidence, with a colleague you trust.</p><p>Hold "
                                "peer-support meetings in your group of trainers: go through hard "
                                "cases and share experience. Know your limits: counselling is not "
                                "a trainer's job, and referring someone to a specialist is the "
                                "right step.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

DIALOGUE = {
    "slug": "inclusive-dialogue",
    "title": {
        "ky": "Инклюзивдүү коомдук диалогду жүргүзүү",
        "ru": "Ведение инклюзивного общественного диалога",
        "en": "Facilitating inclusive public dialogue",
    },
    "summary": {
        "ky": "Аялуу абалдагы жана алыскы айылдардагы аялдар коопсуз сүйлөй ала турган коомдук "
        "диалогду кантип даярдап, жүргүзүү керек. Жергиликтүү лидерлер, коомдук уюмдар, "
        "жергиликтүү бийликтин өкүлдөрү жана чет өлкөдөгү мекендештер үчүн.",
        "ru": "Как подготовить и провести общественный диалог, в котором женщины из уязвимых "
        "групп и отдалённых сёл могут говорить безопасно. Для местных лидеров, общественных "
        "организаций, представителей местной власти и диаспоры.",
        "en": "How to prepare and run a public dialogue in which women from vulnerable "
        "backgrounds and remote villages can speak safely. For community leaders, NGOs, local "
        "officials and the diaspora.",
    },
    "outcomes": {
        "ky": "<ul><li>Диалогго ким катыша албай каларын жана эмне үчүн экенин аныктай "
        "аласыз.</li><li>Коопсуз жана жеткиликтүү диалогду, анын ичинде онлайн катышуу менен, "
        "пландай аласыз.</li><li>Бардык үндөр угула турган ыкмаларды колдоно аласыз.</li>"
        "<li>Диалогдун жыйынтыгын чечимдерге жана кийинки кадамдарга айланта аласыз.</li></ul>",
        "ru": "<ul><li>Вы определите, кто не может участвовать в диалоге и почему.</li>"
        "<li>Спланируете безопасный и доступный диалог, в том числе с участием онлайн.</li>"
        "<li>Будете применять методы, при которых слышен каждый голос.</li><li>Превратите итоги "
        "диалога в решения и следующие шаги.</li></ul>",
        "en": "<ul><li>Identify who is left out of a dialogue, and why.</li><li>Plan a safe, "
        "accessible dialogue, including online participation.</li><li>Use methods that let "
        "every voice be heard.</li><li>Turn the results of a dialogue into decisions and next "
        "steps.</li></ul>",
    },
    "hours": 10,
    "audience": ["rural-communities-local-authorities", "ngos", "women-leaders", "diaspora"],
    "trainers": ["trainer@demo.tendik.kg"],
    "modules": [
        {
            "slug": "why-inclusion",
            "title": {
                "ky": "Эмне үчүн инклюзивдүү диалог?",
                "ru": "Зачем нужен инклюзивный диалог?",
                "en": "Why inclusive dialogue?",
            },
            "summary": {
                "ky": "Кимдин үнү угулбай калат жана диалог кантип зыян келтирбеши керек.",
                "ru": "Чьи голоса остаются неуслышанными и как диалог может не навредить.",
                "en": "Whose voices go unheard, and how a dialogue can do no harm.",
            },
            "lessons": [
                {
                    "slug": "whose-voice",
                    "minutes": 20,
                    "title": {
                        "ky": "Кимдин үнү угулбай калат?",
                        "ru": "Чьи голоса не слышны?",
                        "en": "Whose voices go unheard?",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Коомдук угууларга жана жыйындарга көбүнчө бир эле "
                                "адамдар келишет: айылдын аксакалдары, жетекчилер, борбордо "
                                "жашагандар. Алыскы конуштардагы аялдар, майыптыгы бар адамдар, "
                                "жаш келиндер, жесир же ажырашкан аялдар, мигранттардын "
                                "үй-бүлөлөрү сейрек катышат, катышса да унчукпай отурат.</p>"
                                "<p>Тоскоолдуктар ар түрдүү: жол алыс жана унаа жок; жыйын үй "
                                "жумушу көп убакта өтөт; балдарды калтырып кете албайт; «келин эл "
                                "алдында сүйлөбөйт» деген түшүнүк; татаал расмий тил; айткан сөзү "
                                "үчүн кийин жаман мамиле болот деген коркуу.</p><p>Инклюзивдүү "
                                "диалог бул тоскоолдуктарды алдын ала таанып, аларды азайтууга "
                                "пландалат. Максат — бардыгын бир бөлмөгө чогултуу гана эмес, ар "
                                "бир адамдын сөзү угулуп, эсепке алынышы.</p>",
                                "ru": "<p>На общественные слушания и собрания обычно приходят "
                                "одни и те же люди: аксакалы, руководители, жители центра села. "
                                "Женщины из дальних участков, люди с инвалидностью, молодые "
                                "невестки, вдовы и разведённые, семьи мигрантов приходят редко, а "
                                "если приходят, молчат.</p><p>Барьеры разные: далеко и не на чем "
                                "ехать; собрание совпадает с домашними делами; не с кем оставить "
                                "детей; представление, что «невестке не положено говорить при "
                                "людях»; сложный официальный язык; страх, что за сказанное потом "
                                "будут плохо относиться.</p><p>Инклюзивный диалог заранее "
                                "учитывает "
                                "эти барьеры и планируется так, чтобы их уменьшить. Цель — не "
                                "просто собрать всех в одной комнате, а чтобы слово каждого было "
                                "услышано и учтено.</p>",
                                "en": "<p>The same people tend to come to public hearings and "
                                "meetings: elders, officials, those living in the village centre. "
                                "Women from outlying hamlets, people with disabilities, young "
                                "daughters-in-law, widowed or divorced women and migrants' "
                                "families "
                                "rarely come, and if they do, they stay silent.</p><p>The barriers "
                                "vary: a long way and no transport; meetings at the busiest time "
                                "of "
                                "housework; no one to leave the children with; the idea that “a "
                                "daughter-in-law does not speak in public”; difficult official "
                                "language; fear of being treated badly afterwards for what one "
                                "said.</p><p>An inclusive dialogue recognises these barriers in "
                                "advance and is planned to reduce them. The aim is not just to get "
                                "everyone into one room, but for every person's words to be heard "
                                "and counted.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Айылыңыздагы акыркы жыйынды эстеңиз. Ким келди? Ким "
                                "келген жок? Ким сүйлөдү? Жоопторду жазып алыңыз: алар кийинки "
                                "модулда керек болот.</p>",
                                "ru": "<p>Вспомните последнее собрание в вашем селе. Кто пришёл? "
                                "Кто не пришёл? Кто говорил? Запишите ответы: они понадобятся в "
                                "следующем модуле.</p>",
                                "en": "<p>Think of the last meeting in your village. Who came? Who "
                                "did not? Who spoke? Write down your answers: you will need them "
                                "in "
                                "the next module.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "do-no-harm",
                    "minutes": 20,
                    "title": {
                        "ky": "Зыян келтирбөө принциби",
                        "ru": "Принцип «не навреди»",
                        "en": "Do no harm",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Аялуу абалдагы аял эл алдында көйгөйү тууралуу айтса, "
                                "кийин ага үйүндө же айылда кысым болушу мүмкүн. Ошондуктан "
                                "диалогдун биринчи эрежеси — <b>зыян келтирбөө</b>. Ар бир кадамда "
                                "«бул катышуучуларга коркунуч туудурбайбы?» деп сураңыз.</p><p>Иш "
                                "жүзүндө бул мындай болот: катышуу — ыктыярдуу; аты-жөнү "
                                "катышуучунун макулдугу менен гана жазылат; сүрөткө жана видеого "
                                "тартуу үчүн ар бир адамдан уруксат суралат; жеке окуялар "
                                "бөлмөдөн сыртка чыкпайт. Зомбулук тууралуу айтылса, фасилитатор "
                                "жардам ала турган жерлердин байланыштарын билиши керек.</p>",
                                "ru": "<p>Если женщина из уязвимой группы публично расскажет о "
                                "своей проблеме, на неё потом могут давить дома или в селе. "
                                "Поэтому "
                                "первое правило диалога — <b>не навреди</b>. На каждом шаге "
                                "спрашивайте: «Не создаёт ли это опасности для "
                                "участниц?»</p><p>На практике это значит: участие добровольное; "
                                "имена записываются только с согласия; на фото- и видеосъёмку "
                                "спрашивают разрешения у каждого; личные истории не выходят за "
                                "пределы комнаты. Если речь зашла о насилии, фасилитатор должен "
                                "знать, куда направить за помощью.</p>",
                                "en": "<p>If a woman from a vulnerable background speaks about "
                                "her problem in public, she may face pressure at home or in the "
                                "village afterwards. So the first rule of dialogue is <b>do no "
                                "harm</b>. At every step ask: “Could this put participants at "
                                "risk?”</p><p>In practice: taking part is voluntary; names are "
                                "recorded only with consent; everyone is asked before photos or "
                                "video are taken; personal stories do not leave the room. If "
                                "violence is mentioned, the facilitator must know where to refer "
                                "people for help.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Айтылган сөз кимдир бирөөгө коркунуч туудурушу мүмкүн "
                                "болсо, жыйынтыкты жалпыланган түрдө гана жазыңыз: «бир нече "
                                "катышуучу айтты…» — аттарды жана аларды тааный турган белгилерди "
                                "жазбаңыз.</p>",
                                "ru": "<p>Если сказанное может кому-то навредить, записывайте "
                                "итоги только в обобщённом виде: «несколько участниц сказали…» — "
                                "без имён и примет, по которым можно узнать человека.</p>",
                                "en": "<p>If what was said could put someone at risk, record the "
                                "results only in general terms — “several participants said…” — "
                                "with no names or details that could identify anyone.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "preparing",
            "title": {
                "ky": "Диалогго даярдануу",
                "ru": "Подготовка к диалогу",
                "en": "Preparing the dialogue",
            },
            "summary": {
                "ky": "Катышуучуларды табуу, чакыруу жана онлайн катышууну уюштуруу.",
                "ru": "Как найти и пригласить участников и организовать участие онлайн.",
                "en": "Finding and inviting participants, and organising online participation.",
            },
            "lessons": [
                {
                    "slug": "reaching-participants",
                    "minutes": 20,
                    "title": {
                        "ky": "Катышуучуларды табуу жана чакыруу",
                        "ru": "Как найти и пригласить участников",
                        "en": "Reaching and inviting participants",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Адегенде кимдер катышышы керек экенин аныктаңыз: чечим "
                                "кабыл алгандар (айыл өкмөтү, айылдык кеңештин депутаттары), "
                                "чечимдин таасирин тарткандар жана адатта угулбай калгандар. Ар "
                                "бир "
                                "топту кантип чакырарыңызды ойлонуңуз.</p><p>Алыскы конуштагы "
                                "аялдарга жарыя жетпей калат. Аларга ишенимдүү адамдар аркылуу "
                                "кайрылыңыз: фельдшер, мугалим, аялдар кеңеши, жергиликтүү коомдук "
                                "уюм. Убакытты жана жерди аялдар менен бирге тандаңыз, балдар үчүн "
                                "бурч уюштуруңуз, мүмкүн болсо унаа же жол кире "
                                "бериңиз.</p><p>Кээде "
                                "адегенде аялдар менен өзүнчө жолугушуу пайдалуу: алар коопсуз "
                                "чөйрөдө маселелерди аныктап, жалпы жыйында эмне айтарын чогуу "
                                "даярдашат.</p>",
                                "ru": "<p>Сначала определите, кто должен участвовать: те, кто "
                                "принимает решения (айыл окмоту, депутаты айылного кенеша), те, "
                                "кого решение затронет, и те, кого обычно не слышно. Продумайте, "
                                "как пригласить каждую группу.</p><p>До женщин с дальних участков "
                                "объявление не доходит. Обращайтесь к ним через людей, которым они "
                                "доверяют: фельдшера, учителя, женсовет, местную общественную "
                                "организацию. Выбирайте время и место вместе с женщинами, "
                                "устройте уголок для детей, по возможности оплатите проезд.</p>"
                                "<p>Иногда полезно сначала встретиться с женщинами отдельно: в "
                                "безопасной обстановке они определят проблемы и вместе подготовят, "
                                "что скажут на общем собрании.</p>",
                                "en": "<p>First decide who should take part: those who make the "
                                "decisions (the aiyl okmotu, members of the village council), "
                                "those "
                                "the decision will affect, and those usually not heard. Think how "
                                "to invite each group.</p><p>Notices do not reach women in "
                                "outlying "
                                "hamlets. Reach them through people they trust: the village nurse, "
                                "a teacher, the women's council, a local NGO. Choose the time and "
                                "place together with the women, set up a children's corner and, if "
                                "you can, pay for transport.</p><p>It often helps to meet the "
                                "women separately first: in a safe setting they identify the "
                                "issues and prepare together what to say at the general "
                                "meeting.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Чакырууну кыргыз тилинде, жөнөкөй сөздөр менен жазыңыз. "
                                "Анда эмне талкууланары, канча убакытка созулары жана катышуу "
                                "акысыз экени так айтылсын.</p>",
                                "ru": "<p>Пишите приглашение на кыргызском языке простыми "
                                "словами. Укажите, что будут обсуждать, сколько это займёт времени "
                                "и что участие бесплатное.</p>",
                                "en": "<p>Write the invitation in Kyrgyz, in plain words. Say "
                                "what will be discussed, how long it will take and that taking "
                                "part "
                                "is free.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "online-participation",
                    "minutes": 20,
                    "title": {
                        "ky": "Онлайн катышуу жана чет өлкөдөгү мекендештер",
                        "ru": "Участие онлайн и диаспора",
                        "en": "Online participation and the diaspora",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Чет өлкөдөгү мекендештер, мисалы Польшадагы кыргыз "
                                "аялдар ассоциациясынын мүчөлөрү, диалогго онлайн катыша алышат. "
                                "Алардын тажрыйбасы баалуу: көбү айылына акча жөнөтүп, жергиликтүү "
                                "демилгелерди колдойт.</p><p>Убакыт алкагын эске алыңыз: Бишкекте "
                                "саат 18:00 болгондо Варшавада кышында 13:00, жайында 14:00 болот. "
                                "Чакырууда убакытты катышуучунун өз убакыт алкагы боюнча "
                                "көрсөтүңүз. "
                                "Интернет начар болсо, аудио аркылуу катышууга, суроолорду алдын "
                                "ала "
                                "жазып жиберүүгө же жазууну кийин көрүүгө мүмкүнчүлүк бериңиз.</p>"
                                "<p>Онлайн жана бөлмөдөгү катышуучулардын үнү бирдей угулсун: "
                                "онлайн "
                                "катышуучуларга сөз бере турган атайын адам дайындаңыз. "
                                "Жолугушууну "
                                "жазуудан мурун бардык катышуучулардын макулдугун алыңыз.</p>",
                                "ru": "<p>Представители диаспоры, например члены ассоциации "
                                "кыргызских женщин в Польше, могут участвовать в диалоге онлайн. "
                                "Их опыт ценен: многие отправляют деньги в родное село и "
                                "поддерживают местные инициативы.</p><p>Учитывайте часовые пояса: "
                                "когда в Бишкеке 18:00, в Варшаве зимой 13:00, летом 14:00. В "
                                "приглашении указывайте время в часовом поясе участника. Если "
                                "интернет слабый, дайте возможность участвовать только со звуком, "
                                "прислать вопросы заранее или посмотреть запись позже.</p><p>Пусть "
                                "голоса онлайн-участников звучат наравне с теми, кто в зале: "
                                "назначьте человека, который будет давать им слово. Перед записью "
                                "встречи получите согласие всех участников.</p>",
                                "en": "<p>Members of the diaspora, such as the association of "
                                "Kyrgyz women in Poland, can join the dialogue online. Their "
                                "experience is valuable: many send money home and support local "
                                "initiatives.</p><p>Mind the time zones: when it is 18:00 in "
                                "Bishkek, it is 13:00 in Warsaw in winter and 14:00 in summer. "
                                "Give "
                                "the time in each participant's own time zone in the invitation. "
                                "If "
                                "the connection is poor, let people join by audio only, send "
                                "questions in advance or watch the recording later.</p><p>Online "
                                "voices should count as much as those in the room: name one person "
                                "to bring online participants in. Ask everyone's consent before "
                                "recording the meeting.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Жыйын Бишкек убактысы боюнча 19:00дө башталат. "
                                "Варшавадагы катышуучу үчүн чакырууда: «кышында 14:00, жайында "
                                "15:00» деп жазыңыз.</p>",
                                "ru": "<p>Собрание начинается в 19:00 по бишкекскому времени. "
                                "Для участницы из Варшавы напишите в приглашении: «14:00 зимой, "
                                "15:00 летом».</p>",
                                "en": "<p>The meeting starts at 19:00 Bishkek time. For a "
                                "participant in Warsaw, write in the invitation: “14:00 in winter, "
                                "15:00 in summer”.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "facilitating",
            "title": {
                "ky": "Диалогду жүргүзүү жана кийинки кадамдар",
                "ru": "Ведение диалога и следующие шаги",
                "en": "Running the dialogue and next steps",
            },
            "summary": {
                "ky": "Топтун эрежелери, бардыгы сүйлөй ала турган ыкмалар жана жыйынтыкты "
                "иш-аракетке айлантуу.",
                "ru": "Правила группы, методы, при которых говорят все, и как превратить итоги в "
                "действия.",
                "en": "Group rules, methods that let everyone speak, and turning results into "
                "action.",
            },
            "lessons": [
                {
                    "slug": "rules-and-methods",
                    "minutes": 25,
                    "title": {
                        "ky": "Эрежелер жана ыкмалар",
                        "ru": "Правила и методы",
                        "en": "Rules and methods",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Диалогдун башында катышуучулар менен <b>топтун "
                                "эрежелерин</b> макулдашыңыз: бири-биринин сөзүн бөлбөө; сын "
                                "адамга эмес, идеяга айтылат; жеке окуялар бөлмөдөн чыкпайт; ар "
                                "бир "
                                "адам «азыр сүйлөгүм келбейт» деп айтууга укуктуу.</p><p>Бардыгы "
                                "сүйлөй алышы үчүн ар кандай ыкмаларды колдонуңуз. <b>Айлампа</b>: "
                                "ар бир адам кезеги менен бир-эки сүйлөм айтат. <b>Кичи "
                                "топтор</b>: "
                                "4–5 кишилик топто сүйлөө жеңил. <b>Жашыруун суроолор кутусу</b>: "
                                "оозеки айта албаганды кагазга жазып салса болот. <b>Стикерлер "
                                "менен добуш берүү</b>: артыкчылыктарды ар бир адам өзү "
                                "тандайт.</p><p>Фасилитатор бейтарап болот: өз пикирин "
                                "таңуулабайт, "
                                "бирок басмырлаган же кемсинткен сөздөрдү токтотот.</p>",
                                "ru": "<p>В начале диалога договоритесь с участниками о "
                                "<b>правилах группы</b>: не перебивать; критиковать идею, а не "
                                "человека; личные истории не выходят из комнаты; каждый вправе "
                                "сказать «я пока не хочу говорить».</p><p>Чтобы говорить могли "
                                "все, "
                                "используйте разные методы. <b>Круг</b>: каждый по очереди говорит "
                                "одно-два предложения. <b>Малые группы</b>: в группе из 4–5 "
                                "человек "
                                "говорить легче. <b>Ящик для анонимных вопросов</b>: то, что "
                                "трудно "
                                "сказать вслух, можно написать на бумаге. <b>Голосование "
                                "стикерами</b>: каждый сам выбирает приоритеты.</p><p>Фасилитатор "
                                "нейтрален: он не навязывает своё мнение, но останавливает "
                                "дискриминирующие и унизительные высказывания.</p>",
                                "en": "<p>At the start, agree <b>group rules</b> with the "
                                "participants: no interrupting; criticise ideas, not people; "
                                "personal stories stay in the room; anyone may say “I'd rather not "
                                "speak now”.</p><p>Use a range of methods so that everyone can "
                                "speak. <b>Round</b>: each person in turn says a sentence or two. "
                                "<b>Small groups</b>: speaking is easier in a group of 4–5. "
                                "<b>Anonymous question box</b>: what is hard to say aloud can be "
                                "written on paper. <b>Dot voting</b>: each person chooses the "
                                "priorities herself.</p><p>The facilitator stays neutral: she does "
                                "not push her own opinion, but she stops remarks that discriminate "
                                "or demean.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Бир катышуучу көп сүйлөп жатса: «Ойуңуз түшүнүктүү, "
                                "рахмат. Эми азырынча сүйлөй элек адамдарды угалы» деңиз.</p>",
                                "ru": "<p>Если кто-то говорит слишком много: «Ваша мысль понятна, "
                                "спасибо. Давайте послушаем тех, кто ещё не высказался».</p>",
                                "en": "<p>If someone talks too much: “Your point is clear, thank "
                                "you. Let's hear from those who haven't spoken yet.”</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "after-the-dialogue",
                    "minutes": 20,
                    "title": {
                        "ky": "Диалогдон кийин: макулдашуудан аракетке",
                        "ru": "После диалога: от договорённостей к делу",
                        "en": "After the dialogue: from agreement to action",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Диалогдун жыйынтыгын ошол эле күнү кыскача жазып, "
                                "катышуучулар менен текшериңиз: эмнеге макулдаштык, ким эмне "
                                "кылат, качанга чейин? Жыйынтыкты айылдык кеңешке жана айыл "
                                "өкмөтүнө расмий түрдө тапшырыңыз.</p><p>Катышуучуларга кабар "
                                "бериңиз: алардын сунуштары эмне болгонун — кабыл алынса да, "
                                "алынбаса да — айтыңыз. Адамдар сөзүнүн натыйжасын көрбөсө, "
                                "кийинки "
                                "жолу келишпейт.</p><p>Бир-эки айдан кийин кайра чогулуп, "
                                "макулдашуулардын аткарылышын текшериңиз. Ошентип диалог бир жолку "
                                "иш-чарадан туруктуу процесске айланат.</p>",
                                "ru": "<p>В тот же день коротко запишите итоги и сверьте их с "
                                "участниками: о чём договорились, кто что делает и к какому сроку? "
                                "Официально передайте итоги айылному кенешу и айыл "
                                "окмоту.</p><p>Сообщите участникам, что стало с их предложениями — "
                                "и принятыми, и отклонёнными. Если люди не видят результата своих "
                                "слов, в следующий раз они не придут.</p><p>Через месяц-два "
                                "встретьтесь снова и проверьте, как выполняются договорённости. "
                                "Так "
                                "диалог превращается из разового мероприятия в постоянный "
                                "процесс.</p>",
                                "en": "<p>The same day, write a short summary and check it with "
                                "participants: what did we agree, who does what, and by when? "
                                "Hand the results formally to the village council and the aiyl "
                                "okmotu.</p><p>Tell participants what happened to their proposals, "
                                "whether accepted or not. If people see no result from their "
                                "words, "
                                "they will not come next time.</p><p>Meet again after a month or "
                                "two and check how the agreements are being kept. This turns "
                                "dialogue from a one-off event into a lasting process.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Жыйынтыкты жарыялаганда катышуучулардын жеке "
                                "маалыматын жазбаңыз. Аялдар айткан сунуштарды өзүнчө белгилеңиз — "
                                "алардын салымы көрүнүп турсун.</p>",
                                "ru": "<p>Публикуя итоги, не указывайте личных данных участников. "
                                "Отметьте отдельно предложения, которые внесли женщины, — пусть их "
                                "вклад будет виден.</p>",
                                "en": "<p>When you publish the results, leave out participants' "
                                "personal data. Mark the proposals made by women separately, so "
                                "their contribution is visible.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "difficult-situations",
                    "minutes": 15,
                    "required": False,
                    "title": {
                        "ky": "Кошумча окуу: кыйын учурлар",
                        "ru": "Дополнительное чтение: трудные ситуации",
                        "en": "Further reading: difficult situations",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p><b>1-учур.</b> Жыйында айыл өкмөтүнүн кызматкери: "
                                "«Аялдардын көйгөйү жок, баары жакшы» дейт. Фасилитатор талашпайт, "
                                "аялдардын кичи тобунан чыккан сунуштарды окуп берип, жооп берүүнү "
                                "суранат.</p><p><b>2-учур.</b> Жаш келин сүйлөй баштап, кайненесин "
                                "көрүп унчукпай калат. Фасилитатор аны кыстабайт, тыныгууда "
                                "жашыруун суроолор кутусун эскертет же аялдар менен өзүнчө "
                                "жолугушууну сунуштайт.</p><p><b>3-учур.</b> Онлайн катышуучунун "
                                "байланышы үзүлүп калат. Фасилитатор анын суроосун чатка жазып "
                                "коюуну сунуштайт жана жолугушуунун жазуусун кийин "
                                "жөнөтөт.</p>",
                                "ru": "<p><b>Случай 1.</b> Сотрудник айыл окмоту на собрании "
                                "говорит: «У женщин проблем нет, всё хорошо». Фасилитатор не "
                                "спорит: он зачитывает предложения, выработанные в женской малой "
                                "группе, и просит на них ответить.</p><p><b>Случай 2.</b> Молодая "
                                "невестка начинает говорить, видит свекровь и замолкает. "
                                "Фасилитатор не давит на неё, а в перерыве напоминает про ящик для "
                                "анонимных вопросов или предлагает отдельную встречу с "
                                "женщинами.</p><p><b>Случай 3.</b> У онлайн-участницы обрывается "
                                "связь. Фасилитатор предлагает написать вопрос в чат и потом "
                                "отправляет ей запись встречи.</p>",
                                "en": "<p><b>Case 1.</b> At a meeting an aiyl okmotu official "
                                "says: “Women have no problems, everything is fine.” The "
                                "facilitator does not argue: she reads out the proposals from the "
                                "women's small group and asks for a response.</p><p><b>Case "
                                "2.</b> A young daughter-in-law starts to speak, sees her "
                                "mother-in-law and falls silent. The facilitator does not press "
                                "her; at the break she mentions the anonymous question box or "
                                "offers a separate meeting with the women.</p><p><b>Case 3.</b> An "
                                "online participant loses her connection. The facilitator suggests "
                                "she type her question in the chat and later sends her the "
                                "recording.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

LOCAL_GOVERNMENT = {
    "slug": "women-local-government",
    "title": {
        "ky": "Жергиликтүү өз алдынча башкаруудагы аялдар",
        "ru": "Женщины в местном самоуправлении",
        "en": "Women in local self-government",
    },
    "summary": {
        "ky": "Жергиликтүү өз алдынча башкаруунун жана анын мыйзамдарынын негиздери, айылдык "
        "кеңеш менен иштөө жана чечимдерди биргелешип кабыл алуу. Жергиликтүү чечимдерге "
        "катышкысы келген аялдар үчүн.",
        "ru": "Основы местного самоуправления и муниципального права, работа с айылным кенешем "
        "и совместное принятие решений. Для женщин, которые хотят участвовать в местных "
        "решениях.",
        "en": "The basics of local self-government and municipal law, working with the village "
        "council and making decisions together. For women who want a say in local decisions.",
    },
    "outcomes": {
        "ky": "<ul><li>Жергиликтүү өз алдынча башкаруунун түзүлүшүн түшүндүрө аласыз.</li>"
        "<li>Жергиликтүү бюджетти талкуулоого катыша аласыз.</li><li>Айылдык кеңешке маселе "
        "киргизе аласыз.</li><li>Чечимдерди биргелешип кабыл алуунун куралдарын колдоно "
        "аласыз.</li></ul>",
        "ru": "<ul><li>Вы объясните, как устроено местное самоуправление.</li><li>Сможете "
        "участвовать в обсуждении местного бюджета.</li><li>Сможете внести вопрос в айылный "
        "кенеш.</li><li>Будете применять инструменты совместного принятия решений.</li></ul>",
        "en": "<ul><li>Explain how local self-government is organised.</li><li>Take part in "
        "discussing the local budget.</li><li>Bring an issue to the village council.</li><li>Use "
        "the tools of joint decision-making.</li></ul>",
    },
    "hours": 8,
    "audience": ["women-leaders", "rural-communities-local-authorities", "voters"],
    "trainers": ["trainer@demo.tendik.kg"],
    "modules": [
        {
            "slug": "basics",
            "title": {
                "ky": "Жергиликтүү өз алдынча башкаруунун негиздери",
                "ru": "Основы местного самоуправления",
                "en": "The basics of local self-government",
            },
            "summary": {
                "ky": "Жергиликтүү бийликтин органдары жана жергиликтүү бюджет.",
                "ru": "Органы местной власти и местный бюджет.",
                "en": "Local government bodies and the local budget.",
            },
            "lessons": [
                {
                    "slug": "how-local-government-works",
                    "minutes": 20,
                    "title": {
                        "ky": "Жергиликтүү бийлик кантип түзүлгөн",
                        "ru": "Как устроена местная власть",
                        "en": "How local government is organised",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Жергиликтүү өз алдынча башкаруу — жергиликтүү "
                                "маселелерди жашоочулардын өздөрү жана алар шайлаган органдар "
                                "аркылуу чечүү укугу. Бул укукту Конституция жана «Жергиликтүү өз "
                                "алдынча башкаруу жөнүндө» мыйзам кепилдейт.</p><p>Айыл аймагында "
                                "эки негизги орган бар. <b>Айылдык кеңеш</b> — шайланган "
                                "депутаттардан турган өкүлчүлүктүү орган: ал жергиликтүү бюджетти "
                                "жана өнүгүү программасын бекитет, аткаруу органынын ишин "
                                "көзөмөлдөйт. <b>Айыл өкмөтү</b> — аткаруу органы: ал кеңештин "
                                "чечимдерин аткарат жана күнүмдүк кызматтарды көрсөтөт. Шаарларда "
                                "буларга шаардык кеңеш жана мэрия туура келет.</p><p>Жергиликтүү "
                                "маанидеги маселелерге ичүүчү суу, айыл ичиндеги жолдор, таштанды, "
                                "балдар бакчалары, маданий жана спорттук иш-чаралар кирет. Алар "
                                "аялдардын күнүмдүк турмушуна түз таасир этет, ошондуктан "
                                "чечимдерде "
                                "алардын үнү болушу керек.</p>",
                                "ru": "<p>Местное самоуправление — это право жителей решать "
                                "местные вопросы самим и через избранные ими органы. Это право "
                                "гарантируют Конституция и Закон «О местном "
                                "самоуправлении».</p><p>В айылном аймаке два основных органа. "
                                "<b>Айылный кенеш</b> — представительный орган из избранных "
                                "депутатов: он утверждает местный бюджет и программу развития и "
                                "контролирует исполнительный орган. <b>Айыл окмоту</b> — "
                                "исполнительный орган: он выполняет решения кенеша и оказывает "
                                "повседневные услуги. В городах им соответствуют городской кенеш и "
                                "мэрия.</p><p>К вопросам местного значения относятся питьевая "
                                "вода, дороги внутри села, вывоз мусора, детские сады, культурные "
                                "и спортивные мероприятия. Они прямо влияют на повседневную жизнь "
                                "женщин, поэтому при их решении должен звучать и женский "
                                "голос.</p>",
                                "en": "<p>Local self-government is the right of residents to "
                                "settle local matters themselves and through the bodies they "
                                "elect. "
                                "The Constitution and the Law on Local Self-Government guarantee "
                                "it.</p><p>A rural municipality (aiyl aimak) has two main bodies. "
                                "The <b>village council</b> (aiyldyk kenesh) is the representative "
                                "body of elected members: it approves the local budget and the "
                                "development programme and oversees the executive. The <b>aiyl "
                                "okmotu</b> is the executive body: it carries out the council's "
                                "decisions and provides everyday services. In towns, the city "
                                "council and the mayor's office play these roles.</p><p>Local "
                                "matters include drinking water, village roads, rubbish "
                                "collection, "
                                "kindergartens, and cultural and sports events. They shape women's "
                                "daily lives directly, so women's voices belong in the "
                                "decisions.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Айылдык кеңешиңизде канча депутат бар жана алардын "
                                "канчасы аял экенин билип алыңыз. Бул маалыматты айыл өкмөтүнөн "
                                "сураса болот.</p>",
                                "ru": "<p>Узнайте, сколько депутатов в вашем айылном кенеше и "
                                "сколько из них женщины. Это можно спросить в айыл окмоту.</p>",
                                "en": "<p>Find out how many members your village council has and "
                                "how many of them are women. The aiyl okmotu can tell you.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "local-budget",
                    "minutes": 20,
                    "title": {
                        "ky": "Жергиликтүү бюджет",
                        "ru": "Местный бюджет",
                        "en": "The local budget",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Жергиликтүү бюджет — айыл аймагынын бир жылдык акчасы: "
                                "ал кайдан келет жана эмнеге жумшалат. Киреше жергиликтүү "
                                "салыктардан (жер салыгы, мүлк салыгы), төлөмдөрдөн жана "
                                "республикалык бюджеттен келген трансферттерден түзүлөт.</p>"
                                "<p>Бюджетти айылдык кеңеш бекитет, бирок андан мурун <b>бюджеттик "
                                "угуулар</b> өтөт: жашоочулар долбоорду көрүп, суроо берип, сунуш "
                                "киргизе алышат. Аялдар угууга келип, балдар бакчасы, суу же көчө "
                                "жарыгы сыяктуу муктаждыктарды айтса, алардын бюджетке кирүү "
                                "мүмкүнчүлүгү артат.</p><p><b>Гендердик бюджеттөө</b> — бюджет "
                                "аялдарга жана эркектерге кандай таасир этерин талдоо. Мисалы, "
                                "көчө "
                                "жарыгына бөлүнгөн акча кечинде үйүнө кайткан кыздардын жана "
                                "аялдардын коопсуздугун жогорулатат.</p>",
                                "ru": "<p>Местный бюджет — это деньги айылного аймака на год: "
                                "откуда они приходят и на что тратятся. Доходы складываются из "
                                "местных налогов (земельный налог, налог на имущество), сборов и "
                                "трансфертов из республиканского бюджета.</p><p>Бюджет утверждает "
                                "айылный кенеш, но перед этим проходят <b>бюджетные слушания</b>: "
                                "жители могут увидеть проект, задать вопросы и внести предложения. "
                                "Если женщины придут на слушания и назовут нужды — детский сад, "
                                "вода, уличное освещение, — у этих нужд больше шансов попасть в "
                                "бюджет.</p><p><b>Гендерное бюджетирование</b> — анализ того, как "
                                "бюджет влияет на женщин и мужчин. Например, деньги на уличное "
                                "освещение делают безопаснее дорогу домой для девушек и женщин "
                                "вечером.</p>",
                                "en": "<p>The local budget is the municipality's money for the "
                                "year: where it comes from and what it is spent on. Revenue comes "
                                "from local taxes (land tax, property tax), fees and transfers "
                                "from "
                                "the national budget.</p><p>The village council approves the "
                                "budget, but first there are <b>budget hearings</b>, where "
                                "residents can see the draft, ask questions and make proposals. "
                                "When women come to the hearings and name needs such as a "
                                "kindergarten, water or street lighting, those needs are more "
                                "likely to make it into the budget.</p><p><b>Gender budgeting</b> "
                                "means analysing how the budget affects women and men. Money for "
                                "street lighting, for example, makes the way home safer for girls "
                                "and women in the evening.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>Кийинки бюджеттик угуу качан болорун айыл өкмөтүнөн "
                                "сурап, ага 2–3 тааныш аял менен бирге барыңыз: бир адамга "
                                "караганда топтун сунушу көбүрөөк угулат.</p>",
                                "ru": "<p>Узнайте в айыл окмоту, когда будут следующие бюджетные "
                                "слушания, и придите на них вместе с 2–3 знакомыми женщинами: "
                                "предложение группы слышнее, чем голос одного человека.</p>",
                                "en": "<p>Ask the aiyl okmotu when the next budget hearing is and "
                                "go with two or three women you know: a group's proposal carries "
                                "further than one voice.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "village-council",
            "title": {
                "ky": "Айылдык кеңеш менен иштөө",
                "ru": "Работа с айылным кенешем",
                "en": "Working with the village council",
            },
            "summary": {
                "ky": "Айылдык кеңеш кантип иштейт жана ага маселени кантип киргизүү керек.",
                "ru": "Как работает айылный кенеш и как внести в него вопрос.",
                "en": "How the village council works and how to bring an issue to it.",
            },
            "lessons": [
                {
                    "slug": "how-the-council-works",
                    "minutes": 20,
                    "title": {
                        "ky": "Айылдык кеңеш кантип иштейт",
                        "ru": "Как работает айылный кенеш",
                        "en": "How the village council works",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Айылдык кеңеш өз ишин <b>сессияларда</b> жүргүзөт: "
                                "депутаттар маселелерди талкуулап, добуш берип, чечим кабыл "
                                "алышат. Сессиялар ачык өтөт, жашоочулар катыша алышат. Кеңештин "
                                "туруктуу комиссиялары (мисалы, бюджет же социалдык маселелер "
                                "боюнча) маселелерди сессияга даярдайт.</p><p>2019-жылы шайлоо "
                                "мыйзамына киргизилген өзгөртүүлөр боюнча жергиликтүү кеңештердеги "
                                "орундардын кеминде 30 пайызы аялдарга бекитилген. Ушундан улам "
                                "2021-жылкы шайлоодон кийин кеңештердеги аял депутаттар кыйла "
                                "көбөйдү.</p><p>Аял депутаттардын күчү — биримдикте. Көп "
                                "кеңештерде "
                                "алар тажрыйба алмашып, аялдардын жана балдардын маселелерин чогуу "
                                "көтөрүшөт.</p>",
                                "ru": "<p>Айылный кенеш работает на <b>сессиях</b>: депутаты "
                                "обсуждают вопросы, голосуют и принимают решения. Сессии открытые, "
                                "жители могут на них присутствовать. Постоянные комиссии кенеша "
                                "(например, по бюджету или социальным вопросам) готовят вопросы к "
                                "сессии.</p><p>По изменениям избирательного законодательства 2019 "
                                "года не менее 30 процентов мест в местных кенешах закреплено за "
                                "женщинами. Поэтому после выборов 2021 года женщин-депутатов в "
                                "кенешах стало заметно больше.</p><p>Сила женщин-депутатов — в "
                                "единстве. Во многих кенешах они обмениваются опытом и вместе "
                                "поднимают вопросы женщин и детей.</p>",
                                "en": "<p>The village council works in <b>sessions</b>: members "
                                "discuss issues, vote and take decisions. Sessions are open, and "
                                "residents may attend. The council's standing committees (on the "
                                "budget or social affairs, for example) prepare issues for the "
                                "session.</p><p>Under the 2019 changes to electoral law, at least "
                                "30 per cent of seats on local councils are reserved for women. "
                                "After the 2021 local elections there were noticeably more women "
                                "on the councils.</p><p>Women councillors are strongest together. "
                                "On many councils they share experience and raise the issues of "
                                "women and children jointly.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Сессиянын күн тартибин алдын ала сураңыз: кеңеш кайсы "
                                "маселени карай турганын билсеңиз, даярданып барасыз.</p>",
                                "ru": "<p>Заранее спросите повестку сессии: зная, какой вопрос "
                                "будет рассматривать кенеш, вы придёте подготовленной.</p>",
                                "en": "<p>Ask for the session agenda in advance: if you know what "
                                "the council will discuss, you can come prepared.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "raising-an-issue",
                    "minutes": 25,
                    "title": {
                        "ky": "Маселени кеңешке кантип киргизүү керек",
                        "ru": "Как внести вопрос в кенеш",
                        "en": "How to bring an issue to the council",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Жашоочу же жашоочулардын тобу айылдык кеңешке жазуу "
                                "жүзүндө <b>кайрылуу</b> жиберип, маселени кароону сурана алат. "
                                "Мамлекеттик органдар жана жергиликтүү өз алдынча башкаруу "
                                "органдары "
                                "кайрылууну карап, мыйзамда белгиленген мөөнөттө жооп берүүгө "
                                "милдеттүү.</p><p>Кайрылуу так болсун: көйгөй эмнеде, ал кимдерге "
                                "таасир этет (мисалы, канча үй-бүлө сууну алыстан ташыйт), сиз "
                                "эмне "
                                "сунуштайсыз жана эмнени суранасыз. Чогултулган кол тамгалар, "
                                "сүрөттөр жана сандар кайрылууну күчтөндүрөт. Кайрылуунун бир "
                                "нускасын каттоо номери менен өзүңүздө калтырыңыз.</p><p>Маселени "
                                "депутат аркылуу да киргизсе болот: өз округуңуздун депутаты менен "
                                "жолугуп, кайрылууну ага тапшырыңыз жана сессияда көтөрүүнү "
                                "сураңыз.</p>",
                                "ru": "<p>Житель или группа жителей может направить в айылный "
                                "кенеш письменное <b>обращение</b> с просьбой рассмотреть вопрос. "
                                "Государственные органы и органы местного самоуправления обязаны "
                                "рассмотреть обращение и ответить в установленный законом "
                                "срок.</p><p>Обращение должно быть конкретным: в чём проблема, "
                                "кого "
                                "она касается (например, сколько семей носят воду издалека), что "
                                "вы предлагаете и о чём просите. Подписи, фотографии и цифры "
                                "делают "
                                "обращение весомее. Оставьте себе копию с регистрационным "
                                "номером.</p><p>Вопрос можно внести и через депутата: встретьтесь "
                                "с "
                                "депутатом от своего округа, передайте ему обращение и попросите "
                                "поднять вопрос на сессии.</p>",
                                "en": "<p>A resident or a group of residents can send the "
                                "village council a written <b>petition</b> asking it to consider "
                                "an "
                                "issue. State bodies and local self-government bodies must "
                                "consider "
                                "it and reply within the time the law sets.</p><p>Make the "
                                "petition specific: what the problem is, whom it affects (how many "
                                "families carry water from far away, for example), what you "
                                "propose "
                                "and what you ask for. Signatures, photos and figures make it "
                                "stronger. Keep a copy with its registration number.</p><p>You can "
                                "also bring an issue through a councillor: meet the member for "
                                "your "
                                "ward, hand her or him the petition and ask for it to be raised at "
                                "the session.</p>",
                            },
                        ),
                        (
                            "example",
                            {
                                "ky": "<p>«Айылыбыздын жогорку четиндеги 40 үй-бүлө ичүүчү сууну "
                                "2 чакырым алыстан ташыйт. Суу түтүгүн узартуу маселесин кеңештин "
                                "кийинки сессиясында карап, келерки жылдын бюджетине киргизүүнү "
                                "суранабыз.»</p>",
                                "ru": "<p>«40 семей на верхней окраине нашего села носят питьевую "
                                "воду за 2 километра. Просим рассмотреть на ближайшей сессии "
                                "кенеша "
                                "продление водопровода и включить его в бюджет на следующий "
                                "год».</p>",
                                "en": "<p>“Forty families at the upper end of our village carry "
                                "drinking water from 2 kilometres away. We ask the council to "
                                "consider extending the water pipe at its next session and to "
                                "include it in next year's budget.”</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "joint-decisions",
            "title": {
                "ky": "Чечимдерди биргелешип кабыл алуу",
                "ru": "Совместное принятие решений",
                "en": "Making decisions together",
            },
            "summary": {
                "ky": "Жашоочулардын катышуусунун куралдары, лидерлик жана насаатчылык.",
                "ru": "Инструменты участия жителей, лидерство и наставничество.",
                "en": "Tools for residents' participation, leadership and mentoring.",
            },
            "lessons": [
                {
                    "slug": "participation-tools",
                    "minutes": 20,
                    "title": {
                        "ky": "Катышуунун куралдары",
                        "ru": "Инструменты участия",
                        "en": "Tools for participation",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Мыйзам жашоочуларга жергиликтүү чечимдерге катышуунун "
                                "бир нече жолун берет: <b>жыйындар</b> жана <b>курултайлар</b>, "
                                "<b>коомдук угуулар</b>, жергиликтүү демилге (жашоочулар чечимдин "
                                "долбоорун өздөрү сунуштайт) жана коомдук мониторинг. Бул жолдор "
                                "кантип колдонулары жергиликтүү коомчулуктун уставында "
                                "жазылат.</p><p>Биргелешкен чечим — көпчүлүктүн добушу гана эмес. "
                                "Ал ар кандай топтордун муктаждыктарын угуп, ортоктук чечим "
                                "табууну "
                                "билдирет. Муктаждыктарды аныктоодо аялдар, жаштар жана улгайган "
                                "адамдар менен өзүнчө талкуу өткөрүү пайдалуу: ар бир топ айылдын "
                                "турмушун өз көз карашынан көрөт.</p><p>Чечим кабыл алынгандан "
                                "кийин анын аткарылышын көзөмөлдөө да катышуунун бир бөлүгү: "
                                "коомдук мониторинг тобу курулуштун же кызматтын сапатын текшерип, "
                                "жыйынга отчет берет.</p>",
                                "ru": "<p>Закон даёт жителям несколько способов участвовать в "
                                "местных решениях: <b>сходы</b> и <b>курултаи</b>, "
                                "<b>общественные слушания</b>, местная инициатива (жители сами "
                                "предлагают проект решения) и общественный мониторинг. Порядок их "
                                "применения записан в уставе местного сообщества.</p><p>Совместное "
                                "решение — это не только голос большинства. Это умение выслушать "
                                "нужды разных групп и найти общее решение. При оценке нужд полезно "
                                "отдельно обсудить их с женщинами, молодёжью и пожилыми: каждая "
                                "группа видит жизнь села по-своему.</p><p>Контроль за выполнением "
                                "принятого решения — тоже часть участия: группа общественного "
                                "мониторинга проверяет качество стройки или услуги и отчитывается "
                                "перед сходом.</p>",
                                "en": "<p>The law gives residents several ways to take part in "
                                "local decisions: <b>village assemblies</b> and "
                                "<b>kurultais</b>, <b>public hearings</b>, local initiatives "
                                "(residents propose a draft decision themselves) and public "
                                "monitoring. How they are used is set out in the charter of the "
                                "local community.</p><p>A joint decision is more than a majority "
                                "vote. It means hearing the needs of different groups and finding "
                                "common ground. When assessing needs, it helps to hold separate "
                                "discussions with women, young people and older people: each group "
                                "sees village life from its own angle.</p><p>Following up on a "
                                "decision is part of participation too: a public monitoring group "
                                "checks the quality of the building work or service and reports "
                                "back to the assembly.</p>",
                            },
                        ),
                        (
                            "important",
                            {
                                "ky": "<p>Жергиликтүү коомчулуктун уставын окуп чыгыңыз: анда "
                                "жыйынды ким жана кантип чакыра алары, демилгени кантип киргизүүгө "
                                "болору жазылган.</p>",
                                "ru": "<p>Прочитайте устав местного сообщества: в нём сказано, кто "
                                "и как может созвать сход и как внести инициативу.</p>",
                                "en": "<p>Read your local community's charter: it says who can "
                                "call an assembly, how, and how to put forward an initiative.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "leadership-and-mentoring",
                    "minutes": 20,
                    "title": {
                        "ky": "Лидерлик жана насаатчылык",
                        "ru": "Лидерство и наставничество",
                        "en": "Leadership and mentoring",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Жергиликтүү бийликке жаңы келген көп аялдар: «Жалгыз "
                                "элем, эмне кыларымды билчү эмесмин» дешет. Тажрыйбалуу аял "
                                "лидердин <b>насаатчылыгы</b> ушул жалгыздыкты жеңүүгө жардам "
                                "берет: насаатчы кеңеш берет, керектүү адамдар менен тааныштырат, "
                                "кыйын учурда колдойт.</p><p>Насаатчы менен макулдашуу жөнөкөй "
                                "болушу мүмкүн: айына бир жолугушуу же телефон аркылуу сүйлөшүү, "
                                "жарым жылга 2–3 максат (мисалы, бюджеттик угууда сүйлөө, кеңешке "
                                "кайрылуу жазуу). Ар бир жолугушуудан кийин эмне жасалганын жазып "
                                "алыңыз.</p><p>Эркектер менен өнөктөштүк да маанилүү: аялдардын "
                                "сунуштарын колдогон депутаттар, айыл өкмөтүнүн башчысы жана "
                                "аксакалдар өзгөрүүнү тездетет. Биргелешкен чечим — аялдар менен "
                                "эркектердин күрөшү эмес, бүт айылдын жыргалчылыгы үчүн.</p>",
                                "ru": "<p>Многие женщины, пришедшие в местную власть, говорят: "
                                "«Я была одна и не знала, что делать». <b>Наставничество</b> "
                                "опытной женщины-лидера помогает преодолеть это одиночество: "
                                "наставница советует, знакомит с нужными людьми, поддерживает в "
                                "трудную минуту.</p><p>Договорённость с наставницей может быть "
                                "простой: одна встреча или звонок в месяц, 2–3 цели на полгода "
                                "(например, выступить на бюджетных слушаниях, написать обращение в "
                                "кенеш). После каждой встречи записывайте, что "
                                "сделано.</p><p>Важно "
                                "и партнёрство с мужчинами: депутаты, глава айыл окмоту и "
                                "аксакалы, поддерживающие предложения женщин, ускоряют перемены. "
                                "Совместное решение — не борьба женщин с мужчинами, а благо всего "
                                "села.</p>",
                                "en": "<p>Many women new to local government say: “I was on my "
                                "own and did not know what to do.” <b>Mentoring</b> by an "
                                "experienced woman leader helps overcome that isolation: the "
                                "mentor "
                                "gives advice, makes introductions and gives support when things "
                                "are hard.</p><p>An agreement with a mentor can be simple: one "
                                "meeting or call a month, two or three goals for six months (such "
                                "as speaking at a budget hearing or writing a petition to the "
                                "council). After each meeting, note what was done.</p><p>Working "
                                "with men matters too: councillors, the head of the aiyl okmotu "
                                "and "
                                "elders who back women's proposals speed up change. Joint "
                                "decision-making is not women against men; it is for the good of "
                                "the whole village.</p>",
                            },
                        ),
                        (
                            "note",
                            {
                                "ky": "<p>Курсту бүтүргөндөн кийин насаатчы табууга координатордон "
                                "жардам сураңыз.</p>",
                                "ru": "<p>Когда закончите курс, попросите координатора помочь "
                                "найти наставницу.</p>",
                                "en": "<p>When you finish the course, ask the coordinator to help "
                                "you find a mentor.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "village-story",
                    "minutes": 10,
                    "required": False,
                    "title": {
                        "ky": "Кошумча окуу: бир айылдын окуясы",
                        "ru": "Дополнительное чтение: история одного села",
                        "en": "Further reading: one village's story",
                    },
                    "body": [
                        (
                            "text",
                            {
                                "ky": "<p>Бул окуя бир нече чыныгы тажрыйбанын негизинде "
                                "түзүлгөн. Бир айылда бала бакча жок болчу. Үч аял — мугалим, "
                                "фермер жана жаңы шайланган депутат — айылдагы 60 эне менен "
                                "сүйлөшүп, 45 бала бакчага бара албай жатканын "
                                "аныкташты.</p><p>Алар бюджеттик угууга ушул сандар менен келип, "
                                "бош турган эски имаратты оңдоону сунушташты. Айыл өкмөтү имаратты "
                                "берди, кеңеш оңдоого акча бөлдү, ата-энелер ашар менен жардам "
                                "беришти. Бир жылдан кийин бакча ачылып, көп энелер жумушка "
                                "кайтышты.</p><p>Бул окуянын сабагы: так маалымат, бирге иштеген "
                                "топ жана расмий жолдорду билүү аялдардын сөзүн чечимге "
                                "айлантат.</p>",
                                "ru": "<p>Эта история составлена из нескольких реальных случаев. "
                                "В одном селе не было детского сада. Три женщины — учительница, "
                                "фермер и недавно избранный депутат — поговорили с 60 матерями и "
                                "выяснили, что 45 детей не могут ходить в сад.</p><p>С этими "
                                "цифрами они пришли на бюджетные слушания и предложили "
                                "отремонтировать пустующее старое здание. Айыл окмоту передал "
                                "здание, кенеш выделил деньги на ремонт, родители помогли ашаром. "
                                "Через год сад открылся, и многие матери вернулись на "
                                "работу.</p><p>Урок этой истории: точные данные, сплочённая группа "
                                "и знание официальных путей превращают слово женщин в "
                                "решение.</p>",
                                "en": "<p>This story is put together from several real ones. A "
                                "village had no kindergarten. Three women — a teacher, a farmer "
                                "and a newly elected councillor — talked to 60 mothers and found "
                                "that 45 children could not attend one.</p><p>They brought these "
                                "figures to the budget hearing and proposed repairing an empty old "
                                "building. The aiyl okmotu handed over the building, the council "
                                "set aside money for the repairs, and parents helped through "
                                "ashar, "
                                "the tradition of communal work. A year later the kindergarten "
                                "opened and many mothers went back to work.</p><p>The lesson: "
                                "precise data, a group working together and knowing the official "
                                "channels turn women's words into decisions.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# In this order: a course's prerequisites come before it.
COURSES = [CEDAW, TRAINERS, DIALOGUE, LOCAL_GOVERNMENT]
