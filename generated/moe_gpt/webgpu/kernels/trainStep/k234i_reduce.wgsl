// kernel k234i_reduce
@group(0) @binding(0) var<storage, read> t1018: array<f32>;
@group(0) @binding(1) var<storage, read> t1020: array<f32>;
@group(0) @binding(2) var<storage, read> t1024: array<f32>;
@group(0) @binding(3) var<storage, read> t1028: array<f32>;
@group(0) @binding(4) var<storage, read> t1032: array<f32>;
@group(0) @binding(5) var<storage, read> t1036: array<f32>;
@group(0) @binding(6) var<storage, read> t1040: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1042: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k234i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1018: f32 = t1018[0i];
    let l1021: f32 = t1020[0i];
    let v1022: f32 = x1018 + l1021;
    let l1025: f32 = t1024[0i];
    let v1026: f32 = v1022 + l1025;
    let l1029: f32 = t1028[0i];
    let v1030: f32 = v1026 + l1029;
    let l1033: f32 = t1032[0i];
    let v1034: f32 = v1030 + l1033;
    let l1037: f32 = t1036[0i];
    let v1038: f32 = v1034 + l1037;
    let l1041: f32 = t1040[0i];
    let v1042: f32 = v1038 + l1041;
    t1042[0i] = v1042;
  }
}
