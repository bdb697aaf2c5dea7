// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Kandy.Emulator.Auth;
using Kandy.Emulator.Control;
using Kandy.Emulator.Notifications;
using Kandy.Emulator.Push;
using Kandy.Emulator.Storage;
using Kandy.Emulator.Subscriptions;
using Kandy.Emulator.Users;

namespace Kandy.Emulator.Hosting;

/// <summary>Composes the ASP.NET Core application: services, middleware order and routes.</summary>
internal static class EmulatorApp
{
    public static WebApplication Build(EmulatorOptions options, IDocumentStore store, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
        {
            // HTTP/1.1 only: the SDK puts the status text ("Forbidden") into its error messages, and
            // HTTP/2 has none.
            listen.Protocols = HttpProtocols.Http1;
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));

        // Open sockets are told to go away on stop; nothing else needs a long drain.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        AddServices(builder.Services, options, store, certificate);
        builder.Services.AddCors();

        var app = builder.Build();

        // The browser SDK runs on another origin: allow any origin, the SDK's headers and Retry-After.
        app.UseCors(cors => cors.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Retry-After"));
        app.UseWebSockets();
        app.UseMiddleware<TrafficMiddleware>();
        app.MapControl();
        app.MapSubscriptions();
        app.MapNotificationSockets();
        app.MapPush();

        var hub = app.Services.GetRequiredService<NotificationHub>();
        app.Lifetime.ApplicationStopping.Register(() => hub.Drop(null, closeCode: 1001));
        return app;
    }

    private static void AddServices(IServiceCollection services, EmulatorOptions options, IDocumentStore store, X509Certificate2? certificate)
    {
        var seed = options.UsersFile is not null ? UserFile.Load(options.UsersFile) : options.Users ?? DemoUsers.All;
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton(store);
        services.AddSingleton(new CertificateHolder(certificate?.ExportCertificatePem()));
        services.AddSingleton(new ConnectivitySettings { IdleTimeout = options.SocketIdleTimeout });
        services.AddSingleton(new SubscriptionLimits { MaxSessionsPerUser = options.MaxSessionsPerUser });
        services.AddSingleton(sp => new UserDirectory(sp.GetRequiredService<IDocumentStore>(), seed));
        services.AddSingleton<TokenStore>();
        services.AddSingleton<EventIds>();
        services.AddSingleton<NotificationFactory>();
        services.AddSingleton<NotificationHub>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<ISessionLookup>(sp => sp.GetRequiredService<SubscriptionRegistry>());
        services.AddSingleton<Authenticator>();
        services.AddSingleton<ServicePolicy>();
        services.AddSingleton<SubscriptionResponses>();
        services.AddSingleton<SubscriptionHandlers>();
        services.AddSingleton<PushRegistry>();
        services.AddSingleton<PushOutbox>();
        services.AddSingleton<FaultPlan>();
        services.AddSingleton<RequestJournal>();
    }
}
