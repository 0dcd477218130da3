using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Feedback.HandleFeedback;
using MotCua.Engagement.Features.Feedback.ListFeedback;
using MotCua.Engagement.Features.Feedback.SubmitFeedback;
using MotCua.Engagement.Features.Feedback.VoteOnAnswer;
using MotCua.Kernel;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>Phản ánh, kiến nghị (NĐ 20/2008; DOMAIN B §6.3) and its figures for QĐ 766 5.1–5.3.</summary>
internal static class FeedbackSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SubmitFeedbackHandler>();
        services.AddScoped<HandleFeedbackHandler>();
        services.AddScoped<ListFeedbackHandler>();
        services.AddScoped<VoteOnAnswerHandler>();
        services.AddScoped<IFeedbackFigures, FeedbackFigures>();
        services.AddScoped<IDemoDataSeeder, FeedbackDemoData>();
    }

    public static void Map(IEndpointRouteBuilder app) => FeedbackEndpoints.Map(app);
}
