// kernel k25b_reduce
@group(0) @binding(0) var<storage, read> t775: array<f32>;
@group(0) @binding(1) var<storage, read> t777: array<f32>;
@group(0) @binding(2) var<storage, read> t781: array<f32>;
@group(0) @binding(3) var<storage, read> t785: array<f32>;
@group(0) @binding(4) var<storage, read_write> t788: array<f32>;
@group(0) @binding(5) var<storage, read_write> t792: array<f32>;
@group(0) @binding(6) var<storage, read> t741: array<f32>;
@group(0) @binding(7) var<storage, read_write> t796: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x775: f32 = t775[0i];
    let l778: f32 = t777[0i];
    let v779: f32 = x775 + l778;
    let l782: f32 = t781[0i];
    let v783: f32 = v779 + l782;
    let l786: f32 = t785[0i];
    let v787: f32 = v783 + l786;
    let v788: f32 = sqrt(v787);
    t788[0i] = v788;
    let v790: f32 = v788 + 0.000001f;
    let v791: f32 = 1.0f / v790;
    let v792: f32 = min(v791, 1.0f);
    t792[0i] = v792;
    let x741: f32 = t741[0i];
    let v794: f32 = x741 * -0.105360515f;
    let v795: f32 = exp(v794);
    let v796: f32 = 1.0f - v795;
    t796[0i] = v796;
  }
}
