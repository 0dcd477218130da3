// The print button is only shown when scripts run; without them the toolbar says to use the browser's print command.
document.querySelectorAll('[data-print]').forEach((button) => {
    button.classList.remove('d-none');
    button.addEventListener('click', () => window.print());
});
