using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;

namespace MotCua.Benchmarks.Dataset;

/// <summary>One procedure of the synthetic catalog, with what the generator needs to draw its dossiers.</summary>
public sealed record SyntheticProcedure(
    Guid Id,
    string Code,
    string FieldCode,
    CompetenceLevels Level,
    decimal LimitWorkingDays,
    bool OnlineCapable,
    bool FeeBearing,
    bool PaperResult,
    OrganisationUnit? Agency);

/// <summary>
/// A whole synthetic province for the reporting benchmarks (issue 5 §5): the organisation tree, the catalog it
/// refers to, and two years of dossiers as rows of the projection <c>reporting_dossier_facts</c>. Everything is drawn
/// from one <see cref="Random"/> seeded by the caller, in one fixed order, so the same seed gives the same rows.
/// </summary>
/// <remarks>
/// The distributions (shares are of received dossiers unless said otherwise):
/// <list type="bullet">
/// <item>Organisation: one province, 20 provincial agencies (sở), 10 districts of 12 communes each.</item>
/// <item>Catalog: 40 fields, each owned by one agency; 400 procedures, 10 per field; 55 % province level (handled by the
/// field's agency), 25 % district level, 20 % commune level; 85 % accept online submission; 45 % charge a fee; 85 %
/// have a paper result; time limits of half a day, 1, 3, 5, 7, 10, 15, 20 or 30 working days, short limits more
/// frequent.</item>
/// <item>Volume: procedures drawn by a Zipf law (exponent 1.1, ranks shuffled across levels), so a few procedures carry
/// most dossiers; district and commune dossiers go to a district chosen by population weight (1 to 3) and to one of
/// its communes uniformly. Receipts on the working days of the Vietnamese calendar only, daily volume rising 50 % over
/// the two years, within office hours.</item>
/// <item>Channel: 5 % postal; online share of online-capable procedures rising linearly from 45 % to 85 % over the two
/// years; with the popular procedures that are not online, ≈ 45 % of all dossiers overall, from ≈ 33 % in the first
/// months to ≈ 55 % in the last; direct otherwise. Online dossiers are submitted 0–2 days before receipt;
/// online dossiers submitted on the last day are not received yet with probability 0.3.</item>
/// <item>Intake and ending: 0.8 % refused at the desk (never received, no end), 0.4 % withdrawn, 0.3 % stopped, the
/// rest resolved (90 % of those also returned). Supplement requests: 8 % one, 1 % two or more (late by the 766 rule,
/// DOMAIN B §1.4); each pauses the clock 2–10 working days and moves the appointment by as much.</item>
/// <item>Timeliness (the end drawn against the appointment): 72 % before the due day, 24 % on it, 3.5 % 1–15 working
/// days late (geometric tail), 0.5 % stuck 20–120 working days late. Whatever ends after the as-of instant is still in
/// progress (and overdue when its appointment has passed); half of those with a supplement request wait for the
/// applicant.</item>
/// <item>Fee-bearing online dossiers are paid online with a probability rising from 40 % to 75 % (national platform
/// 70 %, provincial gateway 30 %), direct ones 5 %. Digitised components: online 97 %, direct/postal 60 % rising to
/// 85 %; electronic result for 85 % (online) / 55 % (direct) of resolved dossiers; reuse of digitised data 20 % rising
/// to 45 %; taken from the wallet 25 % online, 5 % otherwise; VNeID-verified 80 % of online applicants, 10 % otherwise;
/// synced to the national portal 97 %.</item>
/// <item>Ratings (3 very satisfied, 2 satisfied, 1 not satisfied): 30 % of resolved dossiers are rated; very satisfied
/// 60 %, satisfied 36.5 %, not satisfied 3.5 % (20 % when the dossier was late).</item>
/// </list>
/// </remarks>
public sealed class ProvinceDataset
{
    public const string ProvinceCode = "000.00.00.H99";

    private static readonly OfficeHours Office = OfficeHours.Default;

    private static readonly string[] AgencyNames =
    [
        "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nội vụ", "Sở Khoa học và Công nghệ",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ", "Ban Quản lý các khu công nghiệp",
        "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Lao động – Thương binh và Xã hội",
        "Sở Thông tin và Truyền thông", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
    ];

    private static readonly string[] FieldNames =
    [
        "Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Quốc tịch", "Đăng ký doanh nghiệp", "Đầu tư tại Việt Nam",
        "Đăng ký hộ kinh doanh", "Quản lý công sản", "Lưu thông hàng hóa", "An toàn thực phẩm", "Điện", "Trồng trọt",
        "Thủy sản", "Đất đai", "Môi trường", "Tài nguyên nước", "Hoạt động xây dựng", "Nhà ở", "Quy hoạch xây dựng",
        "Giáo dục và đào tạo", "Văn bằng, chứng chỉ", "Khám bệnh, chữa bệnh", "Dược phẩm", "Y tế dự phòng",
        "Công chức, viên chức", "Thi đua, khen thưởng", "Tôn giáo", "Hoạt động khoa học và công nghệ",
        "Tiêu chuẩn đo lường chất lượng", "Văn hóa", "Thể dục thể thao", "Du lịch", "Dân tộc", "Lãnh sự",
        "Khu công nghiệp", "Đường bộ", "Đăng kiểm", "Việc làm", "Người có công", "Bảo trợ xã hội",
    ];

    private static readonly string[] DistrictNames =
    [
        "Thành phố Mẫu Sơn", "Thị xã Bến Đá", "Huyện Đông Hòa", "Huyện Tây Sơn", "Huyện Nam Định Giang", "Huyện Bắc Bình",
        "Huyện Phú Lộc", "Huyện Hòa Vang", "Huyện Kim Sơn", "Huyện Thạch Thất",
    ];

    private static readonly decimal[] LimitDays = [0.5m, 1, 3, 5, 7, 10, 15, 20, 30];
    private static readonly double[] LimitWeights = [6, 8, 14, 16, 12, 18, 12, 8, 6];

    private readonly Random _random;
    private readonly WorkingCalendar _calendar;
    private readonly double[] _procedureCumulative;
    private readonly double[] _districtCumulative;

    public ProvinceDataset(int seed, DateOnly firstDay, DateOnly lastDay)
    {
        _random = new Random(seed);
        FirstDay = firstDay;
        LastDay = lastDay;
        AsOfUtc = VietnamTime.At(lastDay, Office.AfternoonEnd).UtcDateTime;
        _calendar = WorkingCalendar.ForVietnam([], firstDay.Year - 1, lastDay.Year + 2);

        Province = OrganisationUnit.Create(NextGuid(), ProvinceCode, "Ủy ban nhân dân tỉnh Mẫu", UnitKind.Province, null, 0, isDemo: false);
        Agencies = [.. AgencyNames.Select((name, i) =>
            OrganisationUnit.Create(NextGuid(), $"000.00.{i + 1:D2}.H99", name, UnitKind.ProvincialAgency, Province, i + 1, isDemo: false))];
        Districts = [.. DistrictNames.Select((name, i) =>
            OrganisationUnit.Create(NextGuid(), $"000.00.{i + 31:D2}.H99", name, UnitKind.DistrictCommittee, Province, 100 + i, isDemo: false))];
        Communes = [.. Districts.Select((district, d) => Enumerable.Range(1, 12).Select(c =>
            OrganisationUnit.Create(NextGuid(), $"000.{c:D2}.{d + 31:D2}.H99", $"Xã số {c}, {district.Name}", UnitKind.Commune, district, c, isDemo: false)).ToArray())];
        Fields = [.. FieldNames.Select((name, i) => (Code: $"F{i + 1:D2}", Name: name))];

        var limitCumulative = Cumulative(LimitWeights);
        var procedures = new List<SyntheticProcedure>();
        for (var i = 0; i < 400; i++)
        {
            var field = Fields[i / 10];
            var u = _random.NextDouble();
            var level = u < 0.55 ? CompetenceLevels.Province : u < 0.80 ? CompetenceLevels.District : CompetenceLevels.Commune;
            procedures.Add(new SyntheticProcedure(
                NextGuid(),
                $"2.{1000 + i:D6}",
                field.Code,
                level,
                LimitDays[Pick(limitCumulative)],
                OnlineCapable: _random.NextDouble() < 0.85,
                FeeBearing: _random.NextDouble() < 0.45,
                PaperResult: _random.NextDouble() < 0.85,
                Agency: level == CompetenceLevels.Province ? Agencies[(i / 10) % Agencies.Count] : null));
        }

        // Popularity ranks shuffled so that busy procedures fall at every level and in every field.
        Procedures = [.. procedures.OrderBy(_ => _random.Next())];
        _procedureCumulative = Cumulative([.. Enumerable.Range(1, Procedures.Count).Select(rank => 1 / Math.Pow(rank, 1.1))]);
        _districtCumulative = Cumulative([.. Districts.Select(_ => 1 + (2 * _random.NextDouble()))]);
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    /// <summary>The instant the projection describes: close of office on the last day.</summary>
    public DateTime AsOfUtc { get; }

    public OrganisationUnit Province { get; }

    public IReadOnlyList<OrganisationUnit> Agencies { get; }

    public IReadOnlyList<OrganisationUnit> Districts { get; }

    public IReadOnlyList<OrganisationUnit[]> Communes { get; }

    public IReadOnlyList<(string Code, string Name)> Fields { get; }

    public IReadOnlyList<SyntheticProcedure> Procedures { get; }

    public IEnumerable<OrganisationUnit> Units => [Province, .. Agencies, .. Districts, .. Communes.SelectMany(c => c)];

    /// <summary>Exactly <paramref name="count"/> dossiers, day by day; one reused instance would be faster but rows escape.</summary>
    public IEnumerable<DossierFact> Dossiers(int count)
    {
        var days = new List<DateOnly>();
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            if (_calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        // Daily volume grows linearly by half over the period; the cumulative share fixes each day's count exactly.
        var weights = days.Select((_, i) => 1 + (0.5 * i / Math.Max(1, days.Count - 1))).ToArray();
        var total = weights.Sum();
        var produced = 0;
        var cumulative = 0.0;
        var sequences = new Dictionary<string, int>();
        for (var d = 0; d < days.Count; d++)
        {
            cumulative += weights[d];
            var target = d == days.Count - 1 ? count : (int)Math.Round(count * cumulative / total);
            var t = (double)d / Math.Max(1, days.Count - 1);
            sequences.Clear();
            for (; produced < target; produced++)
            {
                yield return Dossier(days[d], t, d == days.Count - 1, sequences);
            }
        }
    }

    private DossierFact Dossier(DateOnly day, double t, bool lastDay, Dictionary<string, int> sequences)
    {
        var procedure = Procedures[Pick(_procedureCumulative)];
        var unit = procedure.Level switch
        {
            CompetenceLevels.Province => procedure.Agency!,
            CompetenceLevels.District => Districts[Pick(_districtCumulative)],
            _ => Communes[Pick(_districtCumulative)][_random.Next(12)],
        };

        var channelDraw = _random.NextDouble();
        var channel = channelDraw < 0.05 ? 3
            : procedure.OnlineCapable && _random.NextDouble() < 0.45 + (0.40 * t) ? 2
            : 1;
        var online = channel == 2;
        var minutes = _random.Next(0, 8 * 60);
        var received = VietnamTime.At(day, minutes < 240 ? Office.MorningStart.AddMinutes(minutes) : Office.AfternoonStart.AddMinutes(minutes - 240));
        var submittedOn = online ? day.AddDays(-_random.Next(0, 3)) : day;
        var sequence = sequences[unit.Code] = sequences.GetValueOrDefault(unit.Code) + 1;
        var fact = new DossierFact
        {
            DossierId = NextGuid(),
            Code = $"{unit.Code}-{day:yyMMdd}-{sequence:D4}",
            ProcessingUnitPath = unit.Path,
            ProcessingUnitId = unit.Id,
            DeskUnitPath = unit.Path,
            ProcedureId = procedure.Id,
            ProcedureCode = procedure.Code,
            FieldCode = procedure.FieldCode,
            Channel = channel,
            SubmittedOn = submittedOn,
            FeeBearing = procedure.FeeBearing,
            ResultIsDocument = procedure.PaperResult,
            VneidVerified = _random.NextDouble() < (online ? 0.80 : 0.10),
            TakenFromWallet = _random.NextDouble() < (online ? 0.25 : 0.05),
            ReusedDigitizedData = _random.NextDouble() < 0.20 + (0.25 * t),
            ComponentsDigitized = _random.NextDouble() < (online ? 0.97 : 0.60 + (0.25 * t)),
            SyncedToNationalPortal = _random.NextDouble() < 0.97,
            SourceVersion = 1,
            ProjectedAtUtc = AsOfUtc,
        };

        var intake = _random.NextDouble();
        if (online && lastDay && _random.NextDouble() < 0.3)
        {
            fact.Outcome = FactOutcome.NotReceived;
            fact.NationalStatus = 1;
            return fact;
        }

        if (intake < 0.008)
        {
            // Refused at the desk: never received, so nothing began that could end (the projector's rule).
            fact.Outcome = FactOutcome.Refused;
            fact.NationalStatus = 3;
            fact.SourceVersion = 2;
            return fact;
        }

        fact.ReceivedAtUtc = received.UtcDateTime;
        fact.ReceivedOn = day;
        fact.HandlingOfficer = $"cb{_random.Next(1, 7):D2}.{unit.Code}";

        var supplementDraw = _random.NextDouble();
        fact.SupplementRequests = supplementDraw < 0.01 ? 2 + _random.Next(0, 2) : supplementDraw < 0.09 ? 1 : 0;
        fact.LateBySecondSupplement = fact.SupplementRequests > 1;
        var pausedDays = 0;
        for (var i = 0; i < fact.SupplementRequests; i++)
        {
            pausedDays += _random.Next(2, 11);
        }

        var due = LegalDeadline.Due(received, new LegalDuration(procedure.LimitWorkingDays, DurationUnit.WorkingDays), _calendar, Office);
        var dueDay = _calendar.AddWorkingDays(VietnamTime.DateOf(due), pausedDays);
        due = VietnamTime.At(dueDay, TimeOnly.FromDateTime(due.ToOffset(TimeSpan.FromHours(7)).DateTime));
        fact.DueAtUtc = due.UtcDateTime;

        var receiptDay = LegalDeadline.ReceiptDay(received, _calendar, Office);
        var timing = _random.NextDouble();
        DateOnly endDay;
        if (timing < 0.72 && dueDay > receiptDay)
        {
            var span = _calendar.WorkingDaysBetween(receiptDay, dueDay);
            endDay = _calendar.AddWorkingDays(receiptDay, _random.Next(0, Math.Max(1, span)));
        }
        else if (timing < 0.96)
        {
            endDay = dueDay;
        }
        else if (timing < 0.995)
        {
            var late = 1;
            while (late < 15 && _random.NextDouble() < 0.6)
            {
                late++;
            }

            endDay = _calendar.AddWorkingDays(dueDay, late);
        }
        else
        {
            endDay = _calendar.AddWorkingDays(dueDay, _random.Next(20, 121));
        }

        var endMinutes = _random.Next(0, 240);
        var end = endDay == receiptDay && received.TimeOfDay > Office.MorningStart.ToTimeSpan()
            ? received.AddMinutes(_random.Next(5, 120))
            : VietnamTime.At(endDay, Office.MorningStart.AddMinutes(endMinutes));
        var resolved = end.UtcDateTime <= AsOfUtc;
        var ending = _random.NextDouble();
        fact.SourceVersion = 3 + (2 * fact.SupplementRequests);
        if (!resolved)
        {
            fact.Outcome = FactOutcome.InProgress;
            fact.NationalStatus = 4;
            if (fact.SupplementRequests > 0 && _random.NextDouble() < 0.5)
            {
                // Still waiting for the applicant: 766 takes the request as the end (B §1.4).
                fact.NationalStatus = 5;
                fact.AwaitingSupplementSinceUtc = AsOfUtc.AddHours(-_random.Next(8, 24 * 20));
            }

            return fact;
        }

        fact.EndedAtUtc = end.UtcDateTime;
        fact.EndedOn = VietnamTime.DateOf(end);
        fact.Timeliness = fact.LateBySecondSupplement ? Timeliness.Late : LegalDeadline.Judge(end, due);
        fact.ProcessingWorkingDays = Math.Max(0, _calendar.WorkingDaysBetween(receiptDay, endDay) - pausedDays);
        (fact.Outcome, fact.NationalStatus) = ending switch
        {
            < 0.004 => (FactOutcome.Withdrawn, 7),
            < 0.007 => (FactOutcome.Stopped, 8),
            < 0.107 => (FactOutcome.Resolved, 9),
            _ => (FactOutcome.Resolved, 10),
        };

        if (fact.Outcome != FactOutcome.Resolved)
        {
            return fact;
        }

        fact.HasElectronicResult = _random.NextDouble() < (online ? 0.85 : 0.55);
        if (procedure.FeeBearing && _random.NextDouble() < (online ? 0.40 + (0.35 * t) : 0.05))
        {
            fact.OnlinePaymentPlatform = _random.NextDouble() < 0.7 ? 1 : 2;
        }

        if (_random.NextDouble() < 0.30)
        {
            var unhappy = fact.Timeliness == Timeliness.Late ? 0.20 : 0.035;
            var rating = _random.NextDouble();
            fact.Satisfaction = rating < unhappy ? 1 : rating < unhappy + ((1 - unhappy) * 0.62) ? 3 : 2;
        }

        return fact;
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = sum += weights[i];
        }

        return cumulative;
    }
}
