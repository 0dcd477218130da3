using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features;
using MotCua.Administration.Persistence;
using MotCua.Kernel.Http;

namespace MotCua.Administration;

public static class AdministrationModule
{
    public static IServiceCollection AddAdministrationModule<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services
            .AddIdentity<StaffUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TContext>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders();
        services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = Policies.StaffScheme;
                options.DefaultAuthenticateScheme = Policies.StaffScheme;
                options.DefaultChallengeScheme = Policies.StaffScheme;
                options.DefaultForbidScheme = Policies.StaffScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddPolicyScheme(Policies.StaffScheme, "Cán bộ", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/dang-nhap";
            options.AccessDeniedPath = "/khong-co-quyen";
            options.Cookie.Name = "motcua.staff";
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            options.Events.OnRedirectToLogin = ApiAwareRedirects.ToLogin;
            options.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(StaffScope.UnitIdClaim))
            .AddPolicy(Policies.SystemAdmin, p => p.RequireClaim(StaffScope.UnitIdClaim).RequireRole(StaffRoles.SystemAdmin))
            .AddPolicy(Policies.CatalogEditor, p => p.RequireClaim(StaffScope.UnitIdClaim).RequireRole(StaffRoles.SystemAdmin, StaffRoles.ControlOfficer));
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(AdministrationModule).Assembly);
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<MotCua.Kernel.IDemoDataSeeder, Features.DemoData.AdministrationDemoData>();
        services.AddAdministrationFeatures();
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdministrationModule).Assembly);
        IdentityTables.Rename(modelBuilder);
    }

    public static IEndpointRouteBuilder MapAdministrationModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Tổ chức");
        Features.ListUnits.ListUnitsEndpoint.Map(api);
        Features.SignIn.IssueTokenEndpoint.Map(api);
        app.MapAdministrationFeatures();
        return app;
    }
}
