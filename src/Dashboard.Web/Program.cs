using Dashboard.Kubernetes;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Dashboard.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddDashboardOptions();
builder.AddDashboardPersistence();
builder.AddDashboardSecurity();
builder.Services.AddDashboardKubernetes();
builder.AddDashboardWeb();
builder.AddDashboardTelemetry();

var app = builder.Build();
app.UseDashboardWeb();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration and end-to-end tests.</summary>
public partial class Program;
