// kernel k155b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t987: array<f32>;
@group(0) @binding(3) var<storage, read> t998: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1004: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_attn_wo_w[i];
  let l999: f32 = t791[0i];
  let v1000: f32 = l8 * l999;
  let x987: f32 = t987[i];
  let x998: f32 = t998[i];
  let v1001: f32 = x987 / x998;
  let l1002: f32 = t765[0i];
  let v1003: f32 = v1001 * l1002;
  let v1004: f32 = v1000 - v1003;
  t1004[i] = v1004;
}
