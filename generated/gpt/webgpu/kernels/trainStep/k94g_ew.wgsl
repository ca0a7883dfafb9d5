// kernel k94g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t812: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t814: array<f32>;
@group(0) @binding(4) var<storage, read> t422: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t832: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_attn_wk_b[i];
    let x812: f32 = t812[i];
    let l730: f32 = t645[0i];
    let v813: f32 = x812 * l730;
    let v814: f32 = l7 - v813;
    t814[i] = v814;
    let l423: f32 = t422[i];
    let l707: f32 = t636[0i];
    let v832: f32 = l423 * l707;
    t832[i] = v832;
  }
}
