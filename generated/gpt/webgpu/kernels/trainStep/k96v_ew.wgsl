// kernel k96v_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1095: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1097: array<f32>;
@group(0) @binding(4) var<storage, read> t328: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_attn_wk_b[i];
    let x1095: f32 = t1095[i];
    let l734: f32 = t649[0i];
    let v1096: f32 = x1095 * l734;
    let v1097: f32 = l23 - v1096;
    t1097[i] = v1097;
    let l329: f32 = t328[i];
    let l711: f32 = t640[0i];
    let v1115: f32 = l329 * l711;
    t1115[i] = v1115;
  }
}
