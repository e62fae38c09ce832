using System.Threading.RateLimiting;
using Dashboard.Web.Components.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// ASP.NET's rate limiter on every <see cref="SignInEndpointAttribute"/> endpoint: a fixed window per client address,
/// chained with one per client address and typed user name (docs/decisions/0013-sign-in-throttling.md). Nothing is
/// partitioned by user name alone: a limit any client can use up for a name would lock that name out everywhere.
/// </summary>
public static class SignInRateLimiting
{
    /// <summary>The form's and the API's answer to an attempt over the limit.</summary>
    public static string TooManyAttempts(TimeSpan retryAfter) =>
        $"Too many sign-in attempts from your address. Wait {Seconds(retryAfter)} seconds and try again.";

    /// <summary>Whole seconds, rounded up: what Retry-After says and the message repeats.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        services.AddSingleton<FailedSignIns>();
        services.AddSingleton<FailedSignInAuditBudget>();
        services.AddHostedService(provider => provider.GetRequiredService<FailedSignInAuditBudget>());
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInOptions>>((limiter, signIn) =>
        {
            var settings = signIn.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(settings.PermitsPerClient, settings.Window, context => SignInClient.KeyOf(context)),
                Limiter(settings.PermitsPerUserName, settings.Window, context => $"{SignInClient.KeyOf(context)}\n{context.Features.Get<SignInAttempt>()?.UserName}"));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>After routing (the limiter needs the endpoint), before authentication: a flood costs no more than this.</summary>
    public static WebApplication UseSignInRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<SignInAttemptReader>();
        app.UseRateLimiter();
        return app;
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(int permits, TimeSpan window, Func<HttpContext, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInEndpointAttribute>() is not null;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.RequestServices.GetRequiredService<FailedSignInAuditBudget>().Count(SignInClient.AddressOf(context));
        context.RequestServices.GetRequiredService<Kubernetes.Telemetry.DashboardMetrics>()
            .SignInFailed(context.Request.Path.StartsWithSegments("/api") ? "password" : "form", "rate_limited");
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many sign-in attempts", TooManyAttempts(retryAfter));
            return;
        }
        // The form: the same card as the login page, with the sentence and a way back.
        await new RazorComponentResult<TooManySignIns>(new { Message = TooManyAttempts(retryAfter) })
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
        }.ExecuteAsync(context);
    }
}
