// kernel k114ak_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1350: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1352: array<f32>;
@group(0) @binding(4) var<storage, read> t309: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1370: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ak_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l35: f32 = p_blocks_1_ln2_g[i];
    let x1350: f32 = t1350[i];
    let l795: f32 = t710[0i];
    let v1351: f32 = x1350 * l795;
    let v1352: f32 = l35 - v1351;
    t1352[i] = v1352;
    let l310: f32 = t309[i];
    let l772: f32 = t701[0i];
    let v1370: f32 = l310 * l772;
    t1370[i] = v1370;
  }
}
