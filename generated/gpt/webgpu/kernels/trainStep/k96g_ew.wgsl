// kernel k96g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t816: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t818: array<f32>;
@group(0) @binding(4) var<storage, read> t426: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t836: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_attn_wk_b[i];
    let x816: f32 = t816[i];
    let l734: f32 = t649[0i];
    let v817: f32 = x816 * l734;
    let v818: f32 = l7 - v817;
    t818[i] = v818;
    let l427: f32 = t426[i];
    let l711: f32 = t640[0i];
    let v836: f32 = l427 * l711;
    t836[i] = v836;
  }
}
