using System.Text.Json;
using System.Text.Json.Serialization;
using Evidence.Search;
using Evidence.Service.Indexing;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>The options, the library, the status, the indexing worker and the JSON settings of the API.</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EvidenceOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<EvidenceOptions>>(provider => provider.GetRequiredService<EvidenceOptionsSetup>());
        services.AddSingleton<IValidateOptions<EvidenceOptions>>(provider => provider.GetRequiredService<EvidenceOptionsSetup>());
        services.AddSingleton(provider =>
        {
            var evidence = provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
            return new EvidenceLibrary(evidence.CorpusPath, evidence.IndexPath) { ConfirmMassDeletions = true };
        });
        services.AddSingleton<IndexStatus>();
        services.AddSingleton<Search.SearchCache>();
        services.AddSingleton<CorpusIndexer>();
        services.AddHostedService(provider => provider.GetRequiredService<CorpusIndexer>());
        services.AddOptions<Embeddings.EmbeddingOptions>().BindConfiguration(Embeddings.EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Embeddings.SemanticIndex>();
        services.AddHostedService<Embeddings.EmbeddingWorker>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Status = bad.StatusCode;
                context.ProblemDetails.Title = "The request is not valid";
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        services.AddOpenApi();
        return services;
    }
}
