// kernel k124j_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t927: array<f32>;
@group(0) @binding(3) var<storage, read> t934: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_attn_wo_w[i];
  let l757: f32 = t701[0i];
  let v935: f32 = l11 * l757;
  let x927: f32 = t927[i];
  let x934: f32 = t934[i];
  let v936: f32 = x927 / x934;
  let l760: f32 = t675[0i];
  let v937: f32 = v936 * l760;
  let v938: f32 = v935 - v937;
  t938[i] = v938;
}
