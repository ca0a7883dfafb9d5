// kernel k124d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t768: array<f32>;
@group(0) @binding(3) var<storage, read> t775: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t779: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l757: f32 = t701[0i];
  let v776: f32 = l3 * l757;
  let x768: f32 = t768[i];
  let x775: f32 = t775[i];
  let v777: f32 = x768 / x775;
  let l760: f32 = t675[0i];
  let v778: f32 = v777 * l760;
  let v779: f32 = v776 - v778;
  t779[i] = v779;
}
