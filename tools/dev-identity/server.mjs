// A real OpenID Connect provider for local runs and tests of DataApps sign-in: the certified `oidc-provider` package,
// with the users of users.json, a login form of its own (passwords are checked) and consent granted for the app's client.
// Everything is set through environment variables (see docs/auth.md); it listens on 127.0.0.1 only.
// With DEV_IDENTITY_ADMIN=true, `PUT /admin/users/{id}/roles` (a JSON array of role names) changes a user's roles while it
// runs, so a test can take a role away from a signed-in user; the next token refresh and userinfo call see the new roles.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const env = process.env;
const port = Number(env.DEV_IDENTITY_PORT ?? 5099);
const issuer = env.DEV_IDENTITY_ISSUER ?? `http://127.0.0.1:${port}`;
const appUrls = (env.DEV_IDENTITY_APP_URLS ?? 'http://localhost:5000,http://127.0.0.1:5000,http://localhost:5001,http://127.0.0.1:5001').split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
const tokenTtl = Number(env.DEV_IDENTITY_TOKEN_TTL ?? 3600);
const admin = env.DEV_IDENTITY_ADMIN === 'true';
const users = JSON.parse(readFileSync(new URL('./users.json', import.meta.url), 'utf8'));

const client = (id, grantTypes) => ({
  client_id: id,
  client_secret: `${id}-secret`,
  grant_types: grantTypes,
  response_types: ['code'],
  redirect_uris: appUrls.map((u) => `${u}/signin-oidc`),
  post_logout_redirect_uris: appUrls.map((u) => `${u}/signout-callback-oidc`),
  token_endpoint_auth_method: 'client_secret_post',
});

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(issuer, {
  clients: [
    client('dataapps', ['authorization_code', 'refresh_token']),
    client('dataapps-norefresh', ['authorization_code']),
  ],
  pkce: { required: () => true },
  // Claims of the granted scopes go into the id token too, as Entra and Keycloak send them (not only through userinfo).
  conformIdTokenClaims: false,
  scopes: ['openid', 'offline_access', 'profile', 'email', 'roles'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
    // Roles three ways, as real providers send them: Entra's `roles`, Keycloak's `realm_access.roles`, and `groups`.
    roles: ['roles', 'realm_access', 'groups'],
  },
  async findAccount(ctx, id) {
    const user = users.find((u) => u.id === id);
    return user && {
      accountId: id,
      async claims() {
        return {
          sub: id, name: user.name, preferred_username: id, email: user.email, email_verified: true,
          roles: user.roles, realm_access: { roles: user.roles }, groups: user.roles.map((r) => `/${r}`),
        };
      },
    };
  },
  // The app is first-party: consent is granted without asking.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const grant = await ctx.oidc.provider.Grant.find(grantId);
      if (grant) return grant;
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid offline_access profile email roles');
    await grant.save();
    return grant;
  },
  issueRefreshToken: async (ctx, c) => c.grantTypeAllowed('refresh_token'),
  ttl: { AccessToken: tokenTtl, IdToken: tokenTtl, RefreshToken: 24 * 3600, Session: 24 * 3600, Grant: 24 * 3600, Interaction: 600 },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // Sign the user out without a confirmation page (the app sends id_token_hint).
      async logoutSource(ctx, form) {
        ctx.body = `<!doctype html><html><body>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>')}<script>document.forms[0].submit()</script></body></html>`;
      },
    },
  },
  cookies: { keys: ['dataapps-dev-identity-only-for-local-use'] },
});

const page = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto}input,button{display:block;width:100%;margin:.4rem 0;padding:.5rem;font-size:1rem}.error{color:#b00020}</style>
</head><body><h1>${title}</h1>${body}</body></html>`;

const loginForm = (uid, error = '') => page('Sign in', `${error && `<p class="error">${escape(error)}</p>`}
<form method="post" action="/interaction/${uid}/login">
<label>User <input name="login" autocomplete="username" autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>
<p>Users: ${users.map((u) => `${escape(u.id)} (${escape(u.roles.join(', ') || 'no roles')})`).join('; ')}; the password is the user name.</p>`);

const readForm = (req) => new Promise((resolve, reject) => {
  let data = '';
  req.on('data', (chunk) => { data += chunk; if (data.length > 10_000) req.destroy(); });
  req.on('end', () => resolve(new URLSearchParams(data)));
  req.on('error', reject);
});

// Development only (DEV_IDENTITY_ADMIN=true): set a user's roles, e.g. curl -X PUT -d '[]' http://127.0.0.1:5099/admin/users/alice/roles
const setRoles = async (req, res, id) => {
  const user = users.find((u) => u.id === id);
  let roles;
  try {
    roles = JSON.parse(await new Promise((resolve, reject) => {
      let data = '';
      req.on('data', (chunk) => { data += chunk; if (data.length > 10_000) req.destroy(); });
      req.on('end', () => resolve(data));
      req.on('error', reject);
    }));
  } catch {
    roles = undefined;
  }
  if (!user || !Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) {
    res.writeHead(user ? 400 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(user ? 'The body must be a JSON array of role names.' : `No user ${id}.`);
  }
  user.roles = roles;
  console.log(`dev-identity: ${id} now has roles [${roles.join(', ')}]`);
  res.writeHead(204);
  return res.end();
};

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const adminMatch = admin && req.method === 'PUT' && /^\/admin\/users\/([\w-]+)\/roles$/.exec(req.url.split('?')[0]);
  if (adminMatch) return setRoles(req, res, adminMatch[1]);
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url.split('?')[0]);
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login') {
      return await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
    }
    if (req.method === 'POST' && match[2]) {
      const form = await readForm(req);
      const user = users.find((u) => u.id === form.get('login') && u.password === form.get('password'));
      if (!user) {
        res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(loginForm(details.uid, 'Unknown user or wrong password.'));
      }
      return await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(loginForm(details.uid));
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(`Sign-in failed: ${error.message}`);
  }
});

server.listen(port, '127.0.0.1', () => console.log(`dev-identity: ${issuer} (clients dataapps, dataapps-norefresh; apps ${appUrls.join(', ')}${admin ? '; PUT /admin/users/{id}/roles enabled' : ''})`));
