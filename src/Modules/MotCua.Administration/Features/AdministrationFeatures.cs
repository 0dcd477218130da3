using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Features.BrowseOrganisation;
using MotCua.Administration.Features.ChangeWorkingCalendar;
using MotCua.Administration.Features.CreateDesk;
using MotCua.Administration.Features.CreateStaff;
using MotCua.Administration.Features.CreateUnit;
using MotCua.Administration.Features.EditDesk;
using MotCua.Administration.Features.EditStaff;
using MotCua.Administration.Features.EditUnit;
using MotCua.Administration.Features.ListDesks;
using MotCua.Administration.Features.ListStaff;
using MotCua.Administration.Features.LockStaff;
using MotCua.Administration.Features.ResetStaffPassword;
using MotCua.Administration.Features.SetOfficeHours;
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Administration.Features.ShowWorkingCalendar;

namespace MotCua.Administration.Features;

/// <summary>The management use cases of the module: organisation units, one-stop desks, staff accounts and the working calendar.</summary>
internal static class AdministrationFeatures
{
    public static IServiceCollection AddAdministrationFeatures(this IServiceCollection services) => services
        .AddScoped<UnitTreeQuery>()
        .AddScoped<CreateUnitHandler>()
        .AddScoped<EditUnitHandler>()
        .AddScoped<SetOfficeHoursHandler>()
        .AddScoped<DeskListQuery>()
        .AddScoped<CreateDeskHandler>()
        .AddScoped<EditDeskHandler>()
        .AddScoped<StaffListQuery>()
        .AddScoped<CreateStaffHandler>()
        .AddScoped<EditStaffHandler>()
        .AddScoped<LockStaffHandler>()
        .AddScoped<ResetStaffPasswordHandler>()
        .AddScoped<PublicOrganisationQuery>()
        .AddScoped<CalendarYearQuery>()
        .AddScoped<ChangeWorkingCalendarHandler>()
        .AddScoped<IStaffDirectory, StaffDirectory>()
        .AddSingleton<WorkingCalendarSource>()
        .AddSingleton<IWorkingCalendarSource>(sp => sp.GetRequiredService<WorkingCalendarSource>());

    public static IEndpointRouteBuilder MapAdministrationFeatures(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1")
            .WithTags("Quản trị tổ chức và cán bộ")
            .RequireAuthorization(Policies.SystemAdmin);
        CreateUnitEndpoint.Map(admin);
        EditUnitEndpoint.Map(admin);
        SetOfficeHoursEndpoint.Map(admin);
        CreateDeskEndpoint.Map(admin);
        EditDeskEndpoint.Map(admin);
        ListStaffEndpoint.Map(admin);
        CreateStaffEndpoint.Map(admin);
        EditStaffEndpoint.Map(admin);
        LockStaffEndpoint.Map(admin);
        ResetStaffPasswordEndpoint.Map(admin);

        // The calendar is public to read (citizens plan around it) and changed by a system administrator.
        var calendar = app.MapGroup("/api/v1").WithTags("Lịch làm việc");
        ShowWorkingCalendarEndpoint.Map(calendar);
        ChangeWorkingCalendarEndpoint.Map(calendar);
        return app;
    }
}
