// kernel k315l_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2121: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2123: array<f32>;
@group(0) @binding(4) var<storage, read> t902: array<f32>;
@group(0) @binding(5) var<storage, read> t1573: array<f32>;
@group(0) @binding(6) var<storage, read_write> t2192: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l28: f32 = p_mtp_blocks_1_attn_norm_g[i];
    let x2121: f32 = t2121[i];
    let l1641: f32 = t1582[0i];
    let v2122: f32 = x2121 * l1641;
    let v2123: f32 = l28 - v2122;
    t2123[i] = v2123;
    let l903: f32 = t902[i];
    let l1618: f32 = t1573[0i];
    let v2192: f32 = l903 * l1618;
    t2192[i] = v2192;
  }
}
