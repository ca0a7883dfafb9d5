// kernel k145ak_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1604: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1606: array<f32>;
@group(0) @binding(4) var<storage, read> t795: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1607: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ak_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l33: f32 = p_blocks_1_ln2_b[i];
    let x1604: f32 = t1604[i];
    let l1063: f32 = t1004[0i];
    let v1605: f32 = x1604 * l1063;
    let v1606: f32 = l33 - v1605;
    t1606[i] = v1606;
    let l795: f32 = t795[i];
    let l1040: f32 = t995[0i];
    let v1607: f32 = l795 * l1040;
    t1607[i] = v1607;
  }
}
