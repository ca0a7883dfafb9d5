// kernel k114f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t851: array<f32>;
@group(0) @binding(3) var<storage, read> t858: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t862: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l679: f32 = t623[0i];
  let v859: f32 = l11 * l679;
  let x851: f32 = t851[i];
  let x858: f32 = t858[i];
  let v860: f32 = x851 / x858;
  let l682: f32 = t597[0i];
  let v861: f32 = v860 * l682;
  let v862: f32 = v859 - v861;
  t862[i] = v862;
}
