using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MotCua.Kernel.Calendar;
using MotCua.UnitTests.Kernel.Calendar;

namespace MotCua.Benchmarks;

/// <summary>
/// The working-calendar operations every deadline, inbox row and report calls: the prefix-count calendar against the
/// day-by-day loops it replaced (the baseline of each category). Each invocation answers 1,024 questions on random
/// dates of 2024–2034 over the Vietnamese calendar of 2000–2100 (defaults, no official changes).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    private const int Questions = 1024;
    private static readonly OfficeHours Office = OfficeHours.Default;
    private readonly DateOnly[] _dates = new DateOnly[Questions];
    private readonly DateTimeOffset[] _instants = new DateTimeOffset[Questions];
    private WorkingCalendar _calendar = null!;
    private NaiveCalendar _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.ForVietnam([], 2000, 2100);
        _naive = new NaiveCalendar(_calendar);
        var random = new Random(2026);
        var origin = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < Questions; i++)
        {
            _instants[i] = origin.AddMinutes(random.Next(0, 60 * 24 * 365 * 10));
            _dates[i] = DateOnly.FromDateTime(_instants[i].DateTime);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDayNaive() => Count(d => _naive.IsWorkingDay(d));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDay() => Count(_calendar.IsWorkingDay);

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("WorkingDaysBetween 1 year")]
    public int WorkingDaysBetweenOneYearNaive() => Sum(d => _naive.WorkingDaysBetween(d, d.AddYears(1)));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("WorkingDaysBetween 1 year")]
    public int WorkingDaysBetweenOneYear() => Sum(d => _calendar.WorkingDaysBetween(d, d.AddYears(1)));

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("WorkingDaysBetween 10 years")]
    public int WorkingDaysBetweenTenYearsNaive() => Sum(d => _naive.WorkingDaysBetween(d, d.AddYears(10)));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("WorkingDaysBetween 10 years")]
    public int WorkingDaysBetweenTenYears() => Sum(d => _calendar.WorkingDaysBetween(d, d.AddYears(10)));

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("AddWorkingHours 20 h")]
    public long AddWorkingHoursNaive() => Ticks(i => _naive.AddWorkingHours(i, 20, Office));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("AddWorkingHours 20 h")]
    public long AddWorkingHours() => Ticks(i => _calendar.AddWorkingHours(i, 20, Office));

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("WorkingHoursBetween 30 days")]
    public decimal WorkingHoursBetweenNaive() => Hours(i => _naive.WorkingHoursBetween(i, i.AddDays(30), Office));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("WorkingHoursBetween 30 days")]
    public decimal WorkingHoursBetween() => Hours(i => _calendar.WorkingHoursBetween(i, i.AddDays(30), Office));

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions), BenchmarkCategory("LegalDeadline.Due 15 days")]
    public long DueNaive() => Ticks(i => _naive.Due(i, 15, Office));

    [Benchmark(OperationsPerInvoke = Questions), BenchmarkCategory("LegalDeadline.Due 15 days")]
    public long Due() => Ticks(i => LegalDeadline.Due(i, new LegalDuration(15, DurationUnit.WorkingDays), _calendar, Office));

    private int Count(Func<DateOnly, bool> question)
    {
        var count = 0;
        foreach (var date in _dates)
        {
            count += question(date) ? 1 : 0;
        }

        return count;
    }

    private int Sum(Func<DateOnly, int> question)
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += question(date);
        }

        return sum;
    }

    private long Ticks(Func<DateTimeOffset, DateTimeOffset> question)
    {
        var sum = 0L;
        foreach (var instant in _instants)
        {
            sum += question(instant).UtcTicks;
        }

        return sum;
    }

    private decimal Hours(Func<DateTimeOffset, decimal> question)
    {
        var sum = 0m;
        foreach (var instant in _instants)
        {
            sum += question(instant);
        }

        return sum;
    }
}

/// <summary><see cref="WorkingCalendar.AddWorkingDays"/> for short, medium and year-long limits, fast against the loop.</summary>
[MemoryDiagnoser]
public class AddWorkingDaysBenchmarks
{
    private const int Questions = 1024;
    private readonly DateOnly[] _dates = new DateOnly[Questions];
    private WorkingCalendar _calendar = null!;
    private NaiveCalendar _naive = null!;

    [Params(5, 60, 500)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.ForVietnam([], 2000, 2100);
        _naive = new NaiveCalendar(_calendar);
        var random = new Random(2026);
        for (var i = 0; i < Questions; i++)
        {
            _dates[i] = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 365 * 10));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions)]
    public int Naive()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += _naive.AddWorkingDays(date, Days).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int PrefixCount()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += _calendar.AddWorkingDays(date, Days).DayNumber;
        }

        return sum;
    }
}
