using System.Text.Json;
using Evidence.Service.Search;
using Microsoft.AspNetCore.Http;

namespace Evidence.Service.Tests;

/// <summary>A cached page writes exactly the JSON the serializer gives, however many chunks it spans.</summary>
public sealed class CachedPageTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static async Task<(byte[] Body, HttpResponse Response)> Write(CachedPage page)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await page.ExecuteAsync(context);
        return (body.ToArray(), context.Response);
    }

    [Fact]
    public async Task LargePage_IsWrittenAsTheSerializerWritesIt()
    {
        // Many small values across chunks, and one string longer than a chunk (the writer asks for more room at once).
        var value = new { Items = Enumerable.Range(0, 20_000).Select(i => new { Id = $"source-{i}", Score = i / 7f }).ToList(), Abstract = new string('é', 50_000) + "\"<mark>" };

        var (body, response) = await Write(CachedPage.Serialise(value, Options));

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(value, Options), body);
        Assert.Equal(body.Length, response.ContentLength);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task SmallPage_IsWrittenAsTheSerializerWritesIt()
    {
        var value = new { Total = 0, Items = Array.Empty<string>() };

        var (body, _) = await Write(CachedPage.Serialise(value, Options));

        Assert.Equal("{\"total\":0,\"items\":[]}", System.Text.Encoding.UTF8.GetString(body));
    }
}
