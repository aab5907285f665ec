-- A workspace's programme settings changed by its admins in chat (settings / inställningar); the deployment's
-- configuration gives the defaults of the rest. Who changed a setting is not kept.
CREATE TABLE workspace_settings (
    workspace_key  VARCHAR(300)  NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    setting_value  VARCHAR(8000) NOT NULL,
    PRIMARY KEY (workspace_key, name)
);
