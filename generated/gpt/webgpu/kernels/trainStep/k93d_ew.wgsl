// kernel k93d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t754: array<f32>;
@group(0) @binding(3) var<storage, read> t761: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t765: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_blocks_0_attn_wq_w[i];
  let l700: f32 = t671[0i];
  let v762: f32 = l4 * l700;
  let x754: f32 = t754[i];
  let x761: f32 = t761[i];
  let v763: f32 = x754 / x761;
  let l703: f32 = t645[0i];
  let v764: f32 = v763 * l703;
  let v765: f32 = v762 - v764;
  t765[i] = v765;
}
