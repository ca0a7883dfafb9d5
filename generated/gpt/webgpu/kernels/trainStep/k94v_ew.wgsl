// kernel k94v_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1091: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1093: array<f32>;
@group(0) @binding(4) var<storage, read> t325: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_attn_wk_b[i];
    let x1091: f32 = t1091[i];
    let l730: f32 = t645[0i];
    let v1092: f32 = x1091 * l730;
    let v1093: f32 = l23 - v1092;
    t1093[i] = v1093;
    let l326: f32 = t325[i];
    let l707: f32 = t636[0i];
    let v1111: f32 = l326 * l707;
    t1111[i] = v1111;
  }
}
