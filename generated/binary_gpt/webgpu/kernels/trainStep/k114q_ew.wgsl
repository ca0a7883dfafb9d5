// kernel k114q_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1007: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1009: array<f32>;
@group(0) @binding(4) var<storage, read> t417: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1036: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_blocks_0_ln2_g[i];
    let x1007: f32 = t1007[i];
    let l795: f32 = t710[0i];
    let v1008: f32 = x1007 * l795;
    let v1009: f32 = l15 - v1008;
    t1009[i] = v1009;
    let l418: f32 = t417[i];
    let l772: f32 = t701[0i];
    let v1036: f32 = l418 * l772;
    t1036[i] = v1036;
  }
}
