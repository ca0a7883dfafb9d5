// kernel k119an_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1529: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1538: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(4) var<storage, read> t1534: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1544: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119an_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1531: f32 = p_optim_v_blocks_1_ffn_mix_r[i];
    let v1535: f32 = l1531 * 0.95f;
    let x1529: f32 = t1529[i];
    let v1536: f32 = x1529 * x1529;
    let v1537: f32 = v1536 * 0.05f;
    let v1538: f32 = v1535 + v1537;
    t1538[i] = v1538;
    let l35: f32 = p_blocks_1_ffn_mix_r[i];
    let x1534: f32 = t1534[i];
    let v1539: f32 = sqrt(v1538);
    let l963: f32 = t911[0i];
    let v1540: f32 = v1539 / l963;
    let v1541: f32 = v1540 + 1e-8f;
    let v1542: f32 = x1534 / v1541;
    let l969: f32 = t910[0i];
    let v1543: f32 = v1542 * l969;
    let v1544: f32 = l35 - v1543;
    t1544[i] = v1544;
  }
}
