# The dashboard as a container: build with the SDK, run on the ASP.NET runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Dashboard.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Dashboard__DataDirectory=/var/lib/dashboard
VOLUME /var/lib/dashboard
EXPOSE 8080
# No curl in the runtime image; compose checks /healthz from outside instead.
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
