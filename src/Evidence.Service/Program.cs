using Evidence.Service.Admin;
using Evidence.Service.Citations;
using Evidence.Service.Claims;
using Evidence.Service.Indexing;
using Evidence.Service.Infrastructure;
using Evidence.Service.Search;
using Evidence.Service.Status;
using Evidence.Service.Synthesis;
using Evidence.Service.Vocabulary;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEvidence();
builder.Services.AddRequestLimits();
builder.Services.AddEvidenceRateLimiting();
builder.Services.AddAdminApi();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // A request that cannot be bound (page=abc) is the client's error: 400 with problem details, never 500.
    StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseRequestGuards();
app.UseIndexStateHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapApiReference();
var library = app.MapGroup("").RequireOpenLibrary();
library.MapSearchApi();
library.MapVocabularyApi();
library.MapSynthesisApi();
library.MapCitationApi();
library.MapClaimApi();
app.MapStatusApi();
app.MapAdminApi();
app.Run();

/// <summary>The entry point, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
