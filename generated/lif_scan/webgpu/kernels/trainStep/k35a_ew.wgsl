// kernel k35a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t73: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t316: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t322: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l310: f32 = p_optim_m_head_w[i];
  let v313: f32 = l310 * 0.9f;
  let l73: f32 = t73[i];
  let l308: f32 = t169[0i];
  let v309: f32 = l73 * l308;
  let v315: f32 = v309 * 0.1f;
  let v316: f32 = v313 + v315;
  t316[i] = v316;
  let l311: f32 = p_optim_v_head_w[i];
  let v318: f32 = l311 * 0.95f;
  let v319: f32 = v309 * v309;
  let v321: f32 = v319 * 0.05f;
  let v322: f32 = v318 + v321;
  t322[i] = v322;
  let v323: f32 = sqrt(v322);
  let l324: f32 = t179[0i];
  let v325: f32 = v323 / l324;
  let v327: f32 = v325 + 1e-8f;
  t327[i] = v327;
}
