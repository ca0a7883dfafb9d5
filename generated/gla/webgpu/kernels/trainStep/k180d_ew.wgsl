// kernel k180d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t942: array<f32>;
@group(0) @binding(3) var<storage, read> t949: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t953: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l931: f32 = t875[0i];
  let v950: f32 = l3 * l931;
  let x942: f32 = t942[i];
  let x949: f32 = t949[i];
  let v951: f32 = x942 / x949;
  let l934: f32 = t849[0i];
  let v952: f32 = v951 * l934;
  let v953: f32 = v950 - v952;
  t953[i] = v953;
}
