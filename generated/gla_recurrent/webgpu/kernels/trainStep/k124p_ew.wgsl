// kernel k124p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1079: array<f32>;
@group(0) @binding(3) var<storage, read> t1086: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1090: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wv_w[i];
  let l757: f32 = t701[0i];
  let v1087: f32 = l19 * l757;
  let x1079: f32 = t1079[i];
  let x1086: f32 = t1086[i];
  let v1088: f32 = x1079 / x1086;
  let l760: f32 = t675[0i];
  let v1089: f32 = v1088 * l760;
  let v1090: f32 = v1087 - v1089;
  t1090[i] = v1090;
}
