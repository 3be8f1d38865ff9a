// The attendance grid: ticking "present" fills in the day's hours where they were cleared.
// The form works the same without it (empty hours of someone present: the whole day).
document.addEventListener("change", (event) => {
  const box = event.target;
  if (!box.matches('.attendance-grid input[type="checkbox"]')) return;
  const form = box.closest("form");
  const hours = box.closest("tr").querySelector('input[type="text"]');
  if (!hours) return;
  if (box.checked && !hours.value.trim()) hours.value = form.dataset.dayHours;
});
