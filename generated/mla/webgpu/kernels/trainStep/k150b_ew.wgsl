// kernel k150b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t835: array<f32>;
@group(0) @binding(3) var<storage, read> t846: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t852: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_a_w[i];
  let l847: f32 = t791[0i];
  let v848: f32 = l2 * l847;
  let x835: f32 = t835[i];
  let x846: f32 = t846[i];
  let v849: f32 = x835 / x846;
  let l850: f32 = t765[0i];
  let v851: f32 = v849 * l850;
  let v852: f32 = v848 - v851;
  t852[i] = v852;
}
