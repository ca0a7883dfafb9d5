// kernel k201d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1103: array<f32>;
@group(0) @binding(3) var<storage, read> t1110: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l1049: f32 = t993[0i];
  let v1111: f32 = l5 * l1049;
  let x1103: f32 = t1103[i];
  let x1110: f32 = t1110[i];
  let v1112: f32 = x1103 / x1110;
  let l1052: f32 = t967[0i];
  let v1113: f32 = v1112 * l1052;
  let v1114: f32 = v1111 - v1113;
  t1114[i] = v1114;
}
