// Trend of each group of the 766 index over the last 12 months (data in the canvas's data-trend attribute).
(() => {
    const canvas = document.getElementById('index766-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }

    const trend = JSON.parse(canvas.dataset.trend);
    const colours = ['#0b5ed7', '#198754', '#b35c00', '#6f42c1', '#c2185b'];
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: trend.labels,
            datasets: trend.series.map((s, i) => ({
                label: `${s.name} (tối đa ${s.max})`,
                data: s.points,
                borderColor: colours[i % colours.length],
                backgroundColor: colours[i % colours.length],
                tension: 0.2,
            })),
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, title: { display: true, text: 'Điểm' } } },
            plugins: { legend: { position: 'bottom' } },
        },
    });
})();
