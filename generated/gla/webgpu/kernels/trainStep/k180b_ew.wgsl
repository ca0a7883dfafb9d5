// kernel k180b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t969: array<f32>;
@group(0) @binding(3) var<storage, read> t980: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t986: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l981: f32 = t925[0i];
  let v982: f32 = l2 * l981;
  let x969: f32 = t969[i];
  let x980: f32 = t980[i];
  let v983: f32 = x969 / x980;
  let l984: f32 = t899[0i];
  let v985: f32 = v983 * l984;
  let v986: f32 = v982 - v985;
  t986[i] = v986;
}
