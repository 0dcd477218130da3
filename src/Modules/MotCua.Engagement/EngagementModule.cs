using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Features.Feedback;
using MotCua.Engagement.Features.Notifications;
using MotCua.Engagement.Features.Satisfaction;

namespace MotCua.Engagement;

public static class EngagementModule
{
    public static IServiceCollection AddEngagementModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(EngagementModule).Assembly);
        NotificationsSetup.Add(services);
        SatisfactionSetup.Add(services);
        FeedbackSetup.Add(services);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngagementModule).Assembly);

    public static IEndpointRouteBuilder MapEngagementModule(this IEndpointRouteBuilder app)
    {
        NotificationsSetup.Map(app);
        SatisfactionSetup.Map(app);
        FeedbackSetup.Map(app);
        return app;
    }
}
