// Progressive enhancement only: every form also works without JavaScript.
document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
    select.addEventListener('change', () => select.form?.submit());
});
