// kernel k155d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1221: array<f32>;
@group(0) @binding(3) var<storage, read> t1228: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1232: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_attn_wo_w[i];
  let l1009: f32 = t801[0i];
  let v1229: f32 = l20 * l1009;
  let x1221: f32 = t1221[i];
  let x1228: f32 = t1228[i];
  let v1230: f32 = x1221 / x1228;
  let l1012: f32 = t775[0i];
  let v1231: f32 = v1230 * l1012;
  let v1232: f32 = v1229 - v1231;
  t1232[i] = v1232;
}
