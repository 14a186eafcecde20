@echo off
rem crm-strategy on Windows: runs the command line from lib\ (no start-up cache; see bin/crm-strategy).
setlocal
set "APP_HOME=%~dp0.."
if defined CRM_STRATEGY_JAVA (set "JAVA=%CRM_STRATEGY_JAVA%") else if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %CRM_STRATEGY_OPTS% -cp "%APP_HOME%\lib\*" io.github.crmstrategy.cli.CrmStrategyCli %*
exit /b %ERRORLEVEL%
