using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Satisfaction.RateDossier;
using MotCua.Engagement.Features.Satisfaction.ReviewRatings;
using MotCua.Engagement.Features.Satisfaction.SatisfactionReport;

namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>Satisfaction ratings (DOMAIN A8): the three ways in, the leaders' closed loop and the summary.</summary>
internal static class SatisfactionSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<SatisfactionOptions>().BindConfiguration(SatisfactionOptions.Section)
            .Validate(o => o.EditableDays is >= 0 and <= 365, "Satisfaction:EditableDays must be between 0 and 365.")
            .Validate(o => o.LinkValidDays is >= 1 and <= 365, "Satisfaction:LinkValidDays must be between 1 and 365.")
            .ValidateOnStart();
        services.AddSingleton<RatingLinks>();
        services.AddSingleton<IRatingLinks>(sp => sp.GetRequiredService<RatingLinks>());
        services.AddScoped<RateDossierHandler>();
        services.AddScoped<Contracts.ISatisfactionFacts, SatisfactionFacts>();
        services.AddScoped<ReviewRatingsHandler>();
        services.AddScoped<SatisfactionReportHandler>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        RateDossierEndpoints.Map(app);
        ReviewRatingsEndpoints.Map(app);
        SatisfactionReportEndpoint.Map(app);
    }
}
