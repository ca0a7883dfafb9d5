// kernel k145aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1440: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1442: array<f32>;
@group(0) @binding(4) var<storage, read> t512: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1443: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_att_time_decay[i];
    let x1440: f32 = t1440[i];
    let l1063: f32 = t1004[0i];
    let v1441: f32 = x1440 * l1063;
    let v1442: f32 = l23 - v1441;
    t1442[i] = v1442;
    let l517: f32 = t512[134144i + i];
    let l1040: f32 = t995[0i];
    let v1443: f32 = l517 * l1040;
    t1443[i] = v1443;
  }
}
