namespace Evidence.Service.Search;

/// <summary>
/// A page of <c>GET /api/evidence</c> as the UTF-8 JSON it was serialised to once, when it was cached: a repeat writes
/// these bytes as they are instead of serialising the page again (a page of 100 hits is about 110 KB of JSON).
/// </summary>
public sealed class CachedPage(byte[] utf8Json) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = utf8Json.Length;
        return response.Body.WriteAsync(utf8Json, httpContext.RequestAborted).AsTask();
    }
}
