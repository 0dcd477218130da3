using MotCua.Kernel.Results;

namespace MotCua.Kernel.Calendar;

/// <summary>
/// A unit's office sessions and intake cut-off. Defaults: 07:30–11:30 and 13:00–17:00 (8 working hours, the
/// civil-service day of QĐ 188/1999/QĐ-TTg, UNCONFIRMED) and a 15:00 cut-off (NĐ 61/2018 Đ18, DOMAIN A3).
/// </summary>
public sealed record OfficeHours(
    TimeOnly MorningStart,
    TimeOnly MorningEnd,
    TimeOnly AfternoonStart,
    TimeOnly AfternoonEnd,
    TimeOnly CutOff)
{
    public static OfficeHours Default { get; } =
        new(new TimeOnly(7, 30), new TimeOnly(11, 30), new TimeOnly(13, 0), new TimeOnly(17, 0), new TimeOnly(15, 0));

    public decimal HoursPerDay =>
        ((MorningEnd - MorningStart) + (AfternoonEnd - AfternoonStart)).Ticks / (decimal)TimeSpan.TicksPerHour;

    /// <summary>
    /// Sessions in order (morning before afternoon, each opening before its closing) and a cut-off inside the
    /// working day, reported under the camel-case names of the five times.
    /// </summary>
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (MorningEnd <= MorningStart)
        {
            errors.Add("morningEnd", "Giờ kết thúc buổi sáng phải sau giờ bắt đầu buổi sáng.");
        }

        if (AfternoonStart < MorningEnd)
        {
            errors.Add("afternoonStart", "Giờ bắt đầu buổi chiều không được trước giờ kết thúc buổi sáng.");
        }

        if (AfternoonEnd <= AfternoonStart)
        {
            errors.Add("afternoonEnd", "Giờ kết thúc buổi chiều phải sau giờ bắt đầu buổi chiều.");
        }

        if (CutOff < MorningStart || CutOff > AfternoonEnd)
        {
            errors.Add("cutOff", "Giờ chốt tiếp nhận phải nằm trong giờ làm việc, từ đầu buổi sáng đến cuối buổi chiều.");
        }
    }
}
