// Generated from twilio/twilio-oai spec/json/twilio_serverless_v1.json (d50069b4): the example
// response bodies of every Serverless v1 operation, keyed by operationId. Do not edit by hand.

/// The OpenAPI example bodies, keyed by `operationId` (e.g. `FetchBuild`).
enum SpecExamples {
    static let bodies: [String: String] = [
        "ListAsset": #"""
{"assets":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets?PageSize=50&Page=0","key":"assets","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets?PageSize=50&Page=0"}}
"""#,
        "CreateAsset": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"asset-friendly","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000","links":{"asset_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "FetchAsset": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"test-asset","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000","links":{"asset_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "UpdateAsset": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"asset-friendly-update","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000","links":{"asset_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "ListAssetVersion": #"""
{"asset_versions":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions?PageSize=50&Page=0","key":"asset_versions","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions?PageSize=50&Page=0"}}
"""#,
        "FetchAssetVersion": #"""
{"sid":"ZN00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","asset_sid":"ZH00000000000000000000000000000000","path":"/test-path","visibility":"public","date_created":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets/ZH00000000000000000000000000000000/Versions/ZN00000000000000000000000000000000"}
"""#,
        "ListBuild": #"""
{"builds":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds?PageSize=50&Page=0","key":"builds","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds?PageSize=50&Page=0"}}
"""#,
        "CreateBuild": #"""
{"sid":"ZB00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","asset_versions":[{"sid":"ZN00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","asset_sid":"ZH00000000000000000000000000000000","date_created":"2018-11-10T20:00:00Z","path":"/asset-path","visibility":"PUBLIC"}],"function_versions":[{"sid":"ZN00000000000000000000000000000001","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","function_sid":"ZH00000000000000000000000000000001","date_created":"2018-11-10T20:00:00Z","path":"/function-path","visibility":"PUBLIC"}],"dependencies":[{"name":"twilio","version":"3.29.2"},{"name":"@twilio/runtime-handler","version":"1.0.1"}],"runtime":"node22","status":"building","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds/ZB00000000000000000000000000000000","links":{"build_status":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds/ZB00000000000000000000000000000000/Status"}}
"""#,
        "FetchBuild": #"""
{"sid":"ZB00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","asset_versions":[{"sid":"ZN00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","asset_sid":"ZH00000000000000000000000000000000","date_created":"2018-11-10T20:00:00Z","path":"/asset-path","visibility":"PUBLIC"}],"function_versions":[{"sid":"ZN00000000000000000000000000000001","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","function_sid":"ZH00000000000000000000000000000001","date_created":"2018-11-10T20:00:00Z","path":"/function-path","visibility":"PUBLIC"}],"dependencies":[{"name":"twilio","version":"3.29.2"},{"name":"@twilio/runtime-handler","version":"1.0.1"}],"runtime":"node22","status":"building","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds/ZB00000000000000000000000000000000","links":{"build_status":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds/ZB00000000000000000000000000000000/Status"}}
"""#,
        "FetchBuildStatus": #"""
{"sid":"ZB00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","status":"completed","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds/ZB00000000000000000000000000000000/Status"}
"""#,
        "ListDeployment": #"""
{"deployments":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments?PageSize=50&Page=0","key":"deployments","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments?PageSize=50&Page=0"}}
"""#,
        "CreateDeployment": #"""
{"sid":"ZD00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","build_sid":"ZB00000000000000000000000000000000","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments/ZD00000000000000000000000000000000"}
"""#,
        "FetchDeployment": #"""
{"sid":"ZD00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","build_sid":"ZB00000000000000000000000000000000","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments/ZD00000000000000000000000000000000"}
"""#,
        "ListEnvironment": #"""
{"environments":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments?PageSize=50&Page=0","key":"environments","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments?PageSize=50&Page=0"}}
"""#,
        "CreateEnvironment": #"""
{"sid":"ZE00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","build_sid":null,"unique_name":"staging","domain_suffix":"stage","domain_name":"foobar-1234-stage.twil.io","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000","links":{"variables":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables","deployments":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments","logs":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Logs"}}
"""#,
        "FetchEnvironment": #"""
{"sid":"ZE00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","build_sid":"ZB00000000000000000000000000000000","unique_name":"testing-environment","domain_suffix":"testing","domain_name":"foobar-1234-testing.twil.io","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000","links":{"variables":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables","deployments":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Deployments","logs":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Logs"}}
"""#,
        "ListFunction": #"""
{"functions":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions?PageSize=50&Page=0","key":"functions","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions?PageSize=50&Page=0"}}
"""#,
        "CreateFunction": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"function-friendly","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000","links":{"function_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "FetchFunction": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"test-function","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000","links":{"function_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "UpdateFunction": #"""
{"sid":"ZH00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","friendly_name":"function-friendly-update","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000","links":{"function_versions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions"}}
"""#,
        "ListFunctionVersion": #"""
{"function_versions":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions?PageSize=50&Page=0","key":"function_versions","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions?PageSize=50&Page=0"}}
"""#,
        "FetchFunctionVersion": #"""
{"sid":"ZN00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","function_sid":"ZH00000000000000000000000000000000","path":"/test-path","visibility":"public","date_created":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions/ZN00000000000000000000000000000000","links":{"function_version_content":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions/ZN00000000000000000000000000000000/Content"}}
"""#,
        "FetchFunctionVersionContent": #"""
{"sid":"ZN00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","function_sid":"ZH00000000000000000000000000000000","content":"exports.handler = function (context, event, callback) {\n    const request = require(\"request\");\n    return request(\"http://www.google.com\", function (error, response, body) {\n        callback(null, response.statusCode);\n    });\n};","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions/ZH00000000000000000000000000000000/Versions/ZN00000000000000000000000000000000/Content"}
"""#,
        "ListLog": #"""
{"logs":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Logs?StartDate=2018-11-10T20%3A00%3A00Z&EndDate=2018-12-10T20%3A00%3A00Z&FunctionSid=ZH00000000000000000000000000000000&PageSize=50&Page=0","key":"logs","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Logs?StartDate=2018-11-10T20%3A00%3A00Z&EndDate=2018-12-10T20%3A00%3A00Z&FunctionSid=ZH00000000000000000000000000000000&PageSize=50&Page=0"}}
"""#,
        "FetchLog": #"""
{"sid":"NO00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","build_sid":"ZB00000000000000000000000000000000","deployment_sid":"ZD00000000000000000000000000000000","function_sid":"ZH00000000000000000000000000000000","request_sid":"RQ00000000000000000000000000000000","level":"warning","message":"This is a warning","date_created":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Logs/NO00000000000000000000000000000000"}
"""#,
        "ListService": #"""
{"services":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services?PageSize=50&Page=0","key":"services","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services?PageSize=50&Page=0"}}
"""#,
        "CreateService": #"""
{"sid":"ZS00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","friendly_name":"service-friendly","unique_name":"service-unique","include_credentials":true,"ui_editable":false,"domain_base":"service-unique-1234","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000","links":{"environments":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments","functions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions","assets":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets","builds":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds"}}
"""#,
        "FetchService": #"""
{"sid":"ZS00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","friendly_name":"test-service","unique_name":"test-service-1","include_credentials":true,"ui_editable":false,"domain_base":"test-service-1-1234","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000","links":{"environments":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments","functions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions","assets":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets","builds":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds"}}
"""#,
        "UpdateService": #"""
{"sid":"ZS00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","friendly_name":"service-friendly-update","unique_name":"service-unique-update","include_credentials":true,"ui_editable":true,"domain_base":"service-unique-update-1234","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000","links":{"environments":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments","functions":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Functions","assets":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Assets","builds":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Builds"}}
"""#,
        "ListVariable": #"""
{"variables":[],"meta":{"first_page_url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables?PageSize=50&Page=0","key":"variables","next_page_url":null,"page":0,"page_size":50,"previous_page_url":null,"url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables?PageSize=50&Page=0"}}
"""#,
        "CreateVariable": #"""
{"sid":"ZV00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","key":"new-key","value":"new-value","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables/ZV00000000000000000000000000000000"}
"""#,
        "FetchVariable": #"""
{"sid":"ZV00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","key":"test-key","value":"test-value","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-10T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables/ZV00000000000000000000000000000000"}
"""#,
        "UpdateVariable": #"""
{"sid":"ZV00000000000000000000000000000000","account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","service_sid":"ZS00000000000000000000000000000000","environment_sid":"ZE00000000000000000000000000000000","key":"update-key","value":"update-value","date_created":"2018-11-10T20:00:00Z","date_updated":"2018-11-11T20:00:00Z","url":"https://serverless.twilio.com/v1/Services/ZS00000000000000000000000000000000/Environments/ZE00000000000000000000000000000000/Variables/ZV00000000000000000000000000000000"}
"""#,
    ]
}
