using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.UnitTests.Reporting;

internal static class RandomFacts
{
    /// <summary>A dossier as the projector writes one: received after submission, ended after receipt, due after receipt.</summary>
    public static DossierFact Next(Random random, DateOnly origin)
    {
        var submitted = origin.AddDays(random.Next(-60, 600));
        var outcome = (FactOutcome)random.Next(0, 6);
        var received = outcome is FactOutcome.NotReceived or FactOutcome.Refused
            ? (DateTime?)null
            : ReportWindows.StartOfDayUtc(submitted.AddDays(random.Next(0, 3))).AddMinutes(random.Next(0, 1440));
        DateTime? ended = outcome switch
        {
            FactOutcome.InProgress when random.Next(4) == 0 => received!.Value.AddHours(random.Next(1, 24 * 40)),
            FactOutcome.Resolved or FactOutcome.Withdrawn or FactOutcome.Stopped when random.Next(20) > 0
                => received!.Value.AddHours(random.Next(1, 24 * 90)),
            FactOutcome.Refused => ReportWindows.StartOfDayUtc(submitted).AddHours(random.Next(8, 40)),
            _ => null,
        };
        return new DossierFact
        {
            Code = $"R-{random.Next():D10}",
            ProcedureCode = $"1.00{random.Next(1, 6)}",
            ProcessingWorkingDays = ended is null ? null : Math.Round(random.NextDouble() * 30, 2),
            Channel = random.Next(1, 4),
            Outcome = outcome,
            SubmittedOn = submitted,
            ReceivedAtUtc = received,
            ReceivedOn = received is { } r ? ReportWindows.LocalDay(r) : null,
            DueAtUtc = received?.AddDays(random.Next(1, 45)),
            EndedAtUtc = ended,
            EndedOn = ended is { } e ? ReportWindows.LocalDay(e) : null,
            Timeliness = ended is null ? null : (Timeliness)random.Next(1, 4),
            LateBySecondSupplement = random.Next(10) == 0,
            FeeBearing = random.Next(2) == 0,
            OnlinePaymentPlatform = random.Next(3) is var p && p > 0 ? p : null,
            ResultIsDocument = random.Next(2) == 0,
            HasElectronicResult = random.Next(2) == 0,
            ComponentsDigitized = random.Next(2) == 0,
            ReusedDigitizedData = random.Next(2) == 0,
            TakenFromWallet = random.Next(2) == 0,
            VneidVerified = random.Next(2) == 0,
            SyncedToNationalPortal = random.Next(2) == 0,
            Satisfaction = random.Next(4) is var s && s > 0 ? s : null,
        };
    }
}
