/// Binds the BuildScript language to the Serverless v1 client: verbs, nouns, output and safety.
public enum ServerlessVerbs {}
