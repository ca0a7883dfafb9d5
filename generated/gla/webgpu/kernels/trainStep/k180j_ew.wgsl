// kernel k180j_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1101: array<f32>;
@group(0) @binding(3) var<storage, read> t1108: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1112: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_attn_wo_w[i];
  let l931: f32 = t875[0i];
  let v1109: f32 = l11 * l931;
  let x1101: f32 = t1101[i];
  let x1108: f32 = t1108[i];
  let v1110: f32 = x1101 / x1108;
  let l934: f32 = t849[0i];
  let v1111: f32 = v1110 * l934;
  let v1112: f32 = v1109 - v1111;
  t1112[i] = v1112;
}
