// kernel k157b_einsum
@group(0) @binding(0) var<storage, read> t726: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read> t721: array<f32>;
@group(0) @binding(3) var<storage, read> t723: array<f32>;
@group(0) @binding(4) var<storage, read_write> t729: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t733: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x726: f32 = t726[i];
  let l705: f32 = t705[i];
  let v727: f32 = x726 + l705;
  let l721: f32 = t721[i];
  let v728: f32 = v727 + l721;
  let x723: f32 = t723[i];
  let v729: f32 = v728 + x723;
  t729[i] = v729;
  let l94: f32 = p_blocks_0_ln2_g[i % 64i];
  let v733: f32 = v729 * l94;
  t733[i] = v733;
}
